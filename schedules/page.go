package schedules

import (
	"bytes"
	"html/template"
	"net/http"
	"net/url"
	"time"
)

// pageData is what the operator page shows.
type pageData struct {
	Jobs          []JobStatus
	Runs          []RunInfo
	Reports       []reportFile
	NeedLogin     bool
	TokenRequired bool
	Hidden        bool   // jobs, runs and reports are withheld until a login
	Started       string // run ID just started, from ?run=
	Error         string // message from ?error=
	Now           time.Time
	Loc           *time.Location
}

var pageFuncs = template.FuncMap{
	"when": func(t time.Time, loc *time.Location) string {
		if t.IsZero() {
			return "—"
		}
		return t.In(loc).Format("2006-01-02 15:04 MST")
	},
	"jalali": func(t time.Time, loc *time.Location) string {
		if t.IsZero() {
			return ""
		}
		return FormatJalali(t, loc)
	},
	"duration": func(r RunInfo) string {
		if r.Started.IsZero() || r.Finished.IsZero() {
			return ""
		}
		return r.Finished.Sub(r.Started).Round(time.Second).String()
	},
	"pathEscape": func(s string) string { return (&url.URL{Path: s}).EscapedPath() },
}

var pageTemplate = template.Must(template.New("page").Funcs(pageFuncs).Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>govwatch</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #222; }
table { border-collapse: collapse; margin-bottom: 1.5rem; }
th, td { border-bottom: 1px solid #ddd; padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
.status-succeeded { color: #176f2c; } .status-failed { color: #b00020; }
.status-running, .status-queued { color: #0b57d0; } .status-skipped, .status-interrupted, .status-partial { color: #8a5a00; }
.flash { padding: .5rem .8rem; background: #e8f0fe; } .flash.error { background: #fde8e8; }
.jalali { color: #666; font-size: 90%; } .err { color: #b00020; max-width: 30rem; }
.causes { margin: 0; padding-left: 1rem; max-width: 40rem; font-size: 90%; } .causes code { word-break: break-all; }
</style>
</head>
<body>
<h1>govwatch</h1>
{{if .Started}}<p class="flash" id="flash">Started run <a href="/api/runs/{{.Started}}">{{.Started}}</a>.</p>{{end}}
{{if .Error}}<p class="flash error" id="flash-error">{{.Error}}</p>{{end}}
{{if .NeedLogin}}
<form method="post" action="/login" id="login">
<label>Token <input type="password" name="token" autocomplete="current-password" required></label>
<button type="submit">Log in</button>
</form>
{{else if .TokenRequired}}
<form method="post" action="/logout"><button type="submit">Log out</button></form>
{{end}}
{{if not .Hidden}}
<h2>Jobs</h2>
<table id="jobs">
<tr><th>Job</th><th>Kind</th><th>Schedule</th><th>Next run</th><th>Last run</th><th></th></tr>
{{range .Jobs}}
<tr data-job="{{.Job.Name}}">
<td>{{.Job.Name}}</td>
<td>{{.Job.Kind}}</td>
<td><code>{{if .Job.Schedule}}{{.Job.Schedule}}{{else}}manual{{end}}</code></td>
<td>{{when .Next $.Loc}}<br><span class="jalali">{{.NextJalali}}</span></td>
<td>{{if .Queued}}<span class="status-queued">queued</span>{{else if .Running}}<span class="status-running">running</span>{{else if .Last}}<span class="status-{{.Last.Status}}">{{.Last.Status}}</span> {{when .Last.Started $.Loc}}{{else}}never{{end}}</td>
<td>{{if not $.NeedLogin}}<form method="post" action="/api/jobs/{{pathEscape .Job.Name}}/run"><button type="submit" name="run" value="1" data-job="{{.Job.Name}}">Run now</button></form>{{end}}</td>
</tr>
{{end}}
</table>

<h2>Recent runs</h2>
<table id="runs">
<tr><th>Run</th><th>Job</th><th>Trigger</th><th>Status</th><th>Period</th><th>Started</th><th>Duration</th><th>Pages</th><th>Failures</th><th>Error</th></tr>
{{range .Runs}}
<tr data-run-id="{{.RunID}}" data-job="{{.Job}}" data-status="{{.Status}}">
<td><a href="/api/runs/{{.RunID}}">{{.RunID}}</a></td>
<td>{{.Job}}</td>
<td>{{.Trigger}}{{if .Worker}}<br><span class="worker" data-worker="{{.Worker}}">on {{.Worker}}</span>{{end}}</td>
<td class="status-{{.Status}}">{{.Status}}{{if .Source}}<br><span class="jalali" data-current-source="{{.Source}}">at {{.Source}}</span>{{end}}</td>
<td>{{.Period}}</td>
<td>{{when .Started $.Loc}}<br><span class="jalali">{{jalali .Started $.Loc}}</span></td>
<td>{{duration .}}</td>
<td>{{.Pages}}</td>
<td>{{.Failures}}</td>
<td class="err">{{.Error}}{{if .FailedSources}}
<ul class="causes">{{range .FailedSources}}
<li data-source="{{.SourceID}}" data-cause="{{.Cause}}"><b>{{.SourceID}}</b>: {{.Cause}} × {{.Count}}, e.g. <code>{{.URL}}</code>: {{.Error}}</li>{{end}}
</ul>{{end}}</td>
</tr>
{{else}}
<tr><td colspan="10">No runs yet.</td></tr>
{{end}}
</table>

<h2>Latest reports</h2>
<ul id="reports">
{{range .Reports}}<li><a href="/reports/{{pathEscape .Path}}">{{.Path}}</a> ({{when .ModTime $.Loc}})</li>
{{else}}<li>No reports yet.</li>
{{end}}
</ul>
<p><a href="/metrics">metrics</a> · <a href="/api/jobs">jobs (JSON)</a> · <a href="/api/runs">runs (JSON)</a></p>
{{end}}
</body>
</html>
`))

func (s *Scheduler) handlePage(w http.ResponseWriter, r *http.Request) {
	if !s.mayRead(r) {
		s.renderPage(w, pageData{TokenRequired: true, NeedLogin: true, Hidden: true,
			Error: r.URL.Query().Get("error"), Now: s.clock.Now(), Loc: s.cfg.Location})
		return
	}
	jobs, err := s.Jobs(r.Context())
	if err != nil {
		http.Error(w, "read jobs: "+err.Error(), http.StatusInternalServerError)
		return
	}
	runs, err := s.Runs(r.Context(), 50)
	if err != nil {
		http.Error(w, "read runs: "+err.Error(), http.StatusInternalServerError)
		return
	}
	q := r.URL.Query()
	data := pageData{
		Jobs: jobs, Runs: runs, Reports: s.latestReports(),
		TokenRequired: s.tokenRequired(), NeedLogin: !s.authorised(r),
		Started: q.Get("run"), Error: q.Get("error"),
		Now: s.clock.Now(), Loc: s.cfg.Location,
	}
	s.renderPage(w, data)
}

func (s *Scheduler) renderPage(w http.ResponseWriter, data pageData) {
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, data); err != nil {
		http.Error(w, "render page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	buf.WriteTo(w)
}
