//go:build race

// Package race tells tests whether the race detector is on, so that the
// slow ones can use smaller inputs or skip measures it disturbs.
package race

// Enabled reports whether the race detector is on.
const Enabled = true
