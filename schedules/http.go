package schedules

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"govwatch/pipeline/dataset"
)

// HTTP limits.
const (
	// MaxRequestBody bounds the body of any request, in bytes.
	MaxRequestBody = 64 << 10
	// RequestTimeout bounds the handling of one page or API request.
	RequestTimeout = 30 * time.Second
	// sessionCookie holds a digest of the token after a login.
	sessionCookie = "govwatch_session"
	// maxReportsListed bounds the report files the page lists.
	maxReportsListed = 20
)

func (s *Scheduler) newHTTPServer(ctx context.Context) *http.Server {
	return &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
}

// Handler returns the HTTP interface:
//
//	GET  /                        operator page
//	GET  /healthz                 liveness ("ok")
//	GET  /metrics                 Prometheus metrics
//	GET  /api/jobs                jobs with next and last run (JSON)
//	POST /api/jobs/{name}/run     start a run; JSON {"period","dry_run","queue"}
//	                              or a form (the page's button, answered 303)
//	GET  /api/runs?limit=N        recent runs, newest first (JSON)
//	GET  /api/runs/{id}           one run (JSON)
//	GET  /reports/...             files under Config.ReportDir, nothing outside
//	POST /login, /logout          set or clear the token cookie for the page
//
// When Config.Token is set, every POST but /login must carry it, as
// "Authorization: Bearer TOKEN" or the cookie set by /login; tokens are
// compared in constant time. When Config.Listen is not a loopback address, the
// reads must carry it too (/metrics, /api/jobs, /api/runs, /reports/), and the
// page shows only its login form until then; /healthz stays open. Without a token, requests whose Host is not a
// loopback name are refused (DNS rebinding). Cross-origin browser POSTs are
// refused. Bodies
// are capped at MaxRequestBody and page and API requests at RequestTimeout.
func (s *Scheduler) Handler() http.Handler {
	mux := http.NewServeMux()
	api := func(pattern string, h http.HandlerFunc) {
		mux.Handle(pattern, http.TimeoutHandler(h, RequestTimeout, "request timed out\n"))
	}
	api("GET /{$}", s.handlePage)
	api("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.Handle("GET /metrics", s.guardRead(promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}).ServeHTTP))
	api("GET /api/jobs", s.guardRead(s.handleJobs))
	api("POST /api/jobs/{name}/run", s.requireToken(s.handleRun))
	api("GET /api/runs", s.guardRead(s.handleRuns))
	api("GET /api/runs/{id}", s.guardRead(s.handleRunByID))
	api("POST /login", s.handleLogin)
	api("POST /logout", s.requireToken(s.handleLogout))
	mux.HandleFunc("GET /reports/", s.guardRead(s.handleReports))

	var cop http.CrossOriginProtection
	return cop.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
		r.Body = http.MaxBytesReader(w, r.Body, MaxRequestBody)
		if !s.tokenRequired() && !loopbackHost(r.Host) {
			// Without a token the interface trusts loopback only; a foreign
			// Host header means DNS rebinding or a proxy exposing it.
			http.Error(w, "host not allowed without a token\n", http.StatusMisdirectedRequest)
			return
		}
		mux.ServeHTTP(w, r)
	}))
}

// loopbackHost reports whether a Host header names the loopback interface.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// tokenRequired reports whether state-changing requests need the token.
func (s *Scheduler) tokenRequired() bool { return s.cfg.Token != "" }

// readsNeedToken reports whether reads need the token too: when the interface
// listens on an address other than loopback, where anyone on the network could
// read the runs' errors, the reports and the metrics.
func (s *Scheduler) readsNeedToken() bool {
	if !s.tokenRequired() {
		return false
	}
	loopback, err := isLoopback(s.cfg.Listen)
	return err != nil || !loopback
}

// mayRead reports whether r may read the runs, reports and metrics.
func (s *Scheduler) mayRead(r *http.Request) bool {
	return !s.readsNeedToken() || s.authorised(r)
}

// authorised reports whether r carries the token, by header or cookie.
func (s *Scheduler) authorised(r *http.Request) bool {
	if !s.tokenRequired() {
		return true
	}
	if auth, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return equalSecret(auth, s.cfg.Token)
	}
	if c, err := r.Cookie(sessionCookie); err == nil {
		return equalSecret(c.Value, s.sessionValue())
	}
	return false
}

// sessionValue is what the login cookie holds: a digest of the token, so that
// the cookie does not carry the token itself.
func (s *Scheduler) sessionValue() string {
	sum := sha256.Sum256([]byte("govwatch-session\x00" + s.cfg.Token))
	return hex.EncodeToString(sum[:])
}

// equalSecret compares in constant time (of digests, so length leaks nothing).
func equalSecret(got, want string) bool {
	g := sha256.Sum256([]byte(got))
	w := sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(g[:], w[:]) == 1
}

func (s *Scheduler) requireToken(h http.HandlerFunc) http.HandlerFunc {
	return unauthorisedUnless(s.authorised, "a valid token is required", h)
}

// unauthorisedUnless answers 401 with msg to a request that ok refuses, and
// passes the others to h.
func unauthorisedUnless(ok func(*http.Request) bool, msg string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !ok(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="govwatch"`)
			httpError(w, r, http.StatusUnauthorized, errors.New(msg))
			return
		}
		h(w, r)
	}
}

// guardRead makes h require the token when readsNeedToken.
func (s *Scheduler) guardRead(h http.HandlerFunc) http.HandlerFunc {
	return unauthorisedUnless(s.mayRead, "a valid token is required to read this when govwatch listens beyond loopback", h)
}

// isForm reports whether r's body is an HTML form.
func isForm(r *http.Request) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mt == "application/x-www-form-urlencoded" || mt == "multipart/form-data"
}

// httpError answers with err as JSON, or for the page's forms by redirecting
// back to the page with the message.
func httpError(w http.ResponseWriter, r *http.Request, code int, err error) {
	if r.Method == http.MethodPost && isForm(r) {
		http.Redirect(w, r, "/?"+url.Values{"error": {err.Error()}}.Encode(), http.StatusSeeOther)
		return
	}
	writeJSON(w, code, map[string]string{"error": err.Error()})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func (s *Scheduler) handleJobs(w http.ResponseWriter, r *http.Request) {
	jobs, err := s.Jobs(r.Context())
	if err != nil {
		httpError(w, r, http.StatusInternalServerError, err)
		return
	}
	writeJSON(w, http.StatusOK, jobs)
}

// runBody is the JSON body of POST /api/jobs/{name}/run.
type runBody struct {
	Period string `json:"period"`
	DryRun bool   `json:"dry_run"`
	Queue  bool   `json:"queue"`
}

func (s *Scheduler) handleRun(w http.ResponseWriter, r *http.Request) {
	var body runBody
	form := isForm(r)
	if form {
		if err := r.ParseForm(); err != nil {
			httpError(w, r, http.StatusBadRequest, err)
			return
		}
		body.Period = r.PostForm.Get("period")
		body.DryRun = r.PostForm.Get("dry_run") != ""
		body.Queue = r.PostForm.Get("queue") != ""
	} else {
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&body); err != nil && !errors.Is(err, io.EOF) {
			code := http.StatusBadRequest
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				code = http.StatusRequestEntityTooLarge
			}
			httpError(w, r, code, errors.New("bad request body: "+err.Error()))
			return
		}
	}
	trig := TriggerAPI
	if form {
		trig = TriggerPage // the page's button posts a form
	}
	info, err := s.Submit(r.Context(), r.PathValue("name"), RunOptions{Trigger: trig, Period: body.Period, DryRun: body.DryRun, Queue: body.Queue})
	if err != nil {
		httpError(w, r, runErrorCode(err), err)
		return
	}
	if form {
		http.Redirect(w, r, "/?"+url.Values{"run": {info.RunID}}.Encode(), http.StatusSeeOther)
		return
	}
	w.Header().Set("Location", "/api/runs/"+info.RunID)
	writeJSON(w, http.StatusAccepted, info)
}

// runErrorCode maps why a run could not start to an HTTP status.
func runErrorCode(err error) int {
	switch {
	case errors.Is(err, ErrUnknownJob):
		return http.StatusNotFound
	case errors.Is(err, ErrJobRunning), errors.Is(err, dataset.ErrLocked):
		return http.StatusConflict
	case errors.Is(err, ErrShutdown):
		return http.StatusServiceUnavailable
	case errors.Is(err, ErrBadPeriod), errors.Is(err, ErrNotForKind):
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

func (s *Scheduler) handleRuns(w http.ResponseWriter, r *http.Request) {
	n := 50
	if v := r.URL.Query().Get("limit"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 || n > 1000 {
			httpError(w, r, http.StatusBadRequest, errors.New("limit must be an integer from 1 to 1000"))
			return
		}
	}
	runs, err := s.Runs(r.Context(), n)
	if err != nil {
		httpError(w, r, http.StatusInternalServerError, err)
		return
	}
	if runs == nil {
		runs = []RunInfo{}
	}
	writeJSON(w, http.StatusOK, runs)
}

func (s *Scheduler) handleRunByID(w http.ResponseWriter, r *http.Request) {
	info, ok, err := s.RunByID(r.Context(), r.PathValue("id"))
	switch {
	case err != nil:
		httpError(w, r, http.StatusInternalServerError, err)
	case !ok:
		httpError(w, r, http.StatusNotFound, errors.New("no such run"))
	default:
		writeJSON(w, http.StatusOK, info)
	}
}

func (s *Scheduler) handleLogin(w http.ResponseWriter, r *http.Request) {
	if !s.tokenRequired() {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := r.ParseForm(); err != nil || !equalSecret(r.PostForm.Get("token"), s.cfg.Token) {
		httpError(w, r, http.StatusUnauthorized, errors.New("wrong token"))
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: s.sessionValue(), Path: "/",
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil,
	})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Scheduler) handleLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// handleReports serves files under ReportDir through an os.Root, which
// refuses any path (.. or symlink) that leaves the directory. Hidden files
// and directory listings are not served.
func (s *Scheduler) handleReports(w http.ResponseWriter, r *http.Request) {
	if s.cfg.ReportDir == "" {
		http.NotFound(w, r)
		return
	}
	name, ok := strings.CutPrefix(path.Clean("/"+r.URL.Path), "/reports/")
	if !ok || name == "" || !fs.ValidPath(name) || slices.ContainsFunc(strings.Split(name, "/"), func(s string) bool { return strings.HasPrefix(s, ".") }) {
		http.NotFound(w, r)
		return
	}
	root, err := os.OpenRoot(s.cfg.ReportDir)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer root.Close()
	f, err := root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, path.Base(name), st.ModTime(), f)
}

// reportFile is a file under ReportDir listed on the page.
type reportFile struct {
	Path    string // slash-separated, relative to ReportDir
	ModTime time.Time
	Size    int64
}

// latestReports lists the newest report files (PDF, HTML, CSV) under ReportDir.
func (s *Scheduler) latestReports() []reportFile {
	if s.cfg.ReportDir == "" {
		return nil
	}
	root, err := os.OpenRoot(s.cfg.ReportDir)
	if err != nil {
		return nil
	}
	defer root.Close()
	var files []reportFile
	seen := 0
	fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if seen++; seen > 10000 {
			return fs.SkipAll
		}
		if err != nil || p == "." {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch strings.ToLower(path.Ext(p)) {
		case ".pdf", ".html", ".csv":
		default:
			return nil
		}
		if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
			files = append(files, reportFile{Path: p, ModTime: info.ModTime(), Size: info.Size()})
		}
		return nil
	})
	slices.SortFunc(files, func(a, b reportFile) int {
		if c := b.ModTime.Compare(a.ModTime); c != 0 {
			return c
		}
		return strings.Compare(a.Path, b.Path)
	})
	if len(files) > maxReportsListed {
		files = files[:maxReportsListed]
	}
	return files
}
