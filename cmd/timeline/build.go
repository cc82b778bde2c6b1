package main

import (
	"context"
	"fmt"
)

func runBuild(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "timeline build: not implemented yet")
	return exitUsage
}
