package main

import (
	"context"
	"fmt"
)

func runEval(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "timeline eval: not implemented yet")
	return exitUsage
}
