package main

import (
	"context"
	"fmt"
)

func runExtract(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "timeline extract: not implemented yet")
	return exitUsage
}
