package demoportal

import (
	"net"
	"net/http"
)

// ClosedAddress returns an http URL of a loopback port that nothing listens
// on, so that connecting to it is refused: a portal that is down.
func ClosedAddress() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	addr := "http://" + ln.Addr().String()
	return addr, ln.Close()
}

// ListingDown is a portal whose robots.txt is absent and whose every other
// page, the listing included, answers 500.
func ListingDown() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
	})
}
