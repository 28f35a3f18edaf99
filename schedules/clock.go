package schedules

import "time"

// Clock tells the scheduler the time and wakes it up. The scheduler computes
// each job's next firing time from Now with the job's schedule and waits for
// it with After; tests supply a clock they advance by hand, so that schedules
// are checked at exact instants without waiting for real minutes.
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// After returns a channel that receives the time once d has elapsed on
	// this clock.
	After(d time.Duration) <-chan time.Time
}

// SystemClock returns the Clock of the operating system.
func SystemClock() Clock { return systemClock{} }

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }
