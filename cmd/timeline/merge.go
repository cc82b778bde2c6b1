package main

import (
	"context"
	"fmt"
)

func runMerge(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "timeline merge: not implemented yet")
	return exitUsage
}
