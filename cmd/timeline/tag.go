package main

import (
	"context"
	"fmt"
)

func runTag(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "timeline tag: not implemented yet")
	return exitUsage
}
