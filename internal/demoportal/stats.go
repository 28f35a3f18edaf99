package demoportal

import (
	"bufio"
	"maps"
	"net"
	"net/http"
	"sync"
)

// Stats counts the requests a portal has served.
type Stats struct {
	// Requests is the number of requests received.
	Requests int64
	// ByStatus counts responses by status code; connections the portal
	// hijacked and dropped (the reset fault) count under status 0.
	ByStatus map[int]int64
	// Conditional is the number of requests carrying If-None-Match or
	// If-Modified-Since.
	Conditional int64
	// NotModified is the number of 304 responses.
	NotModified int64
	// Articles is the number of article pages answered with 200.
	Articles int64
}

// Stats returns a snapshot of the request counters.
func (p *Portal) Stats() Stats {
	return p.stats.snapshot()
}

type statsCounter struct {
	mu sync.Mutex
	s  Stats
}

func (c *statsCounter) snapshot() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.s
	out.ByStatus = maps.Clone(c.s.ByStatus)
	if out.ByStatus == nil {
		out.ByStatus = map[int]int64{}
	}
	return out
}

func (c *statsCounter) add(f func(*Stats)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.s.ByStatus == nil {
		c.s.ByStatus = map[int]int64{}
	}
	f(&c.s)
}

// wrap counts every request h serves.
func (c *statsCounter) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cond := r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != ""
		c.add(func(s *Stats) {
			s.Requests++
			if cond {
				s.Conditional++
			}
		})
		// A hijacked connection is counted when it is hijacked, before the
		// handler drops it: a client that sees the reset may read the
		// stats at once.
		rw := &statusWriter{ResponseWriter: w, onHijack: func() { c.add(func(s *Stats) { s.ByStatus[0]++ }) }}
		h.ServeHTTP(rw, r)
		c.add(func(s *Stats) {
			switch {
			case rw.hijacked:
			case rw.status == 0:
				s.ByStatus[http.StatusOK]++
			default:
				s.ByStatus[rw.status]++
			}
			if rw.status == http.StatusNotModified {
				s.NotModified++
			}
		})
	})
}

// statusWriter records the status a handler sends. Unwrap lets
// http.ResponseController reach Flush and Hijack.
type statusWriter struct {
	http.ResponseWriter
	status   int
	hijacked bool
	onHijack func()
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Hijack is implemented directly so that the hijack is recorded.
func (w *statusWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, rw, err := http.NewResponseController(w.ResponseWriter).Hijack()
	if err == nil {
		w.hijacked = true
		if w.onHijack != nil {
			w.onHijack()
		}
	}
	return conn, rw, err
}

// Flush passes flushes through.
func (w *statusWriter) Flush() {
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}
