package extract

import (
	"net/http"
	"testing"
	"time"

	"golang.org/x/time/rate"
)

func TestBackoff(t *testing.T) {
	c := &Crawler{cfg: Config{BackoffBase: 100 * time.Millisecond, BackoffMax: time.Second}}
	tests := []struct {
		name       string
		attempt    int
		retryAfter time.Duration
		max        time.Duration
	}{
		{"first retry", 0, 0, 100 * time.Millisecond},
		{"third retry doubles twice", 2, 0, 400 * time.Millisecond},
		{"capped", 10, 0, time.Second},
		{"huge attempt does not overflow", 200, 0, time.Second},
		{"retry-after honoured", 0, 700 * time.Millisecond, 700 * time.Millisecond},
		{"retry-after capped", 0, time.Hour, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 200 {
				d := c.backoff(tt.attempt, tt.retryAfter)
				if d < 0 || d > tt.max {
					t.Fatalf("backoff = %v, want within [0, %v]", d, tt.max)
				}
				if tt.retryAfter > 0 && d != tt.max {
					t.Fatalf("backoff with Retry-After = %v, want exactly %v", d, tt.max)
				}
			}
		})
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2018, 11, 6, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"3", 3 * time.Second},
		{" 0 ", 0},
		{"-5", 0},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},
		{"soon", 0},
		{"", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parseRetryAfter(tt.in, now); got != tt.want {
				t.Errorf("parseRetryAfter(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestSlowerLimit(t *testing.T) {
	tests := []struct {
		name       string
		configured rate.Limit
		delay      time.Duration
		want       rate.Limit
	}{
		{"no crawl delay", 4, 0, 4},
		{"crawl delay slower", 4, 2 * time.Second, 0.5},
		{"crawl delay faster keeps config", 0.5, 100 * time.Millisecond, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := slowerLimit(tt.configured, tt.delay); got != tt.want {
				t.Errorf("slowerLimit = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMetaCharset(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<meta charset="windows-1256">`, "windows-1256"},
		{`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1256">`, "windows-1256"},
		{`<meta http-equiv="content-type" content="text/html;charset=UTF-8" />`, "UTF-8"},
		{`<meta name="x" content="charset=koi8-r">`, ""},
		{`<p>no meta</p>`, ""},
	}
	for _, tt := range tests {
		if got := metaCharset([]byte(tt.in)); got != tt.want {
			t.Errorf("metaCharset(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
