package schedules_test

import (
	"errors"
	"fmt"
	"time"

	"govwatch/schedules"
)

func ExampleJob_Validate() {
	loc, _ := time.LoadLocation("Asia/Tehran")
	job := schedules.Job{Name: "monthly-report", Kind: "report", Schedule: "@jalali-monthly 2am"}
	err := job.Validate(loc)
	var je *schedules.JobError
	if errors.As(err, &je) {
		fmt.Println(je.Job, je.Field, errors.Is(err, schedules.ErrBadSchedule))
	}
	fmt.Println(err)
	// Output:
	// monthly-report schedule true
	// job monthly-report: schedule: bad schedule: @jalali-monthly: time of day "2am" is not HH:MM between 00:00 and 23:59
}

func ExampleDefaultPeriod() {
	loc, _ := time.LoadLocation("Asia/Tehran")
	job := schedules.Job{Name: "monthly-report", Kind: "report"}
	due := time.Date(2018, 11, 22, 2, 0, 0, 0, loc) // 1397/09/01 02:00
	p, _ := schedules.DefaultPeriod(job, due, loc)
	fmt.Println(p)
	// Output: 1397-08
}
