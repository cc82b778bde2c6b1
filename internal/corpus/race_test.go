//go:build race

package corpus

// raceEnabled: the race detector is on; very large inputs are scaled down.
const raceEnabled = true
