package dataset

// SetTestHook installs f as the step hook for crash tests.
func SetTestHook(f func(step string)) { testHook = f }
