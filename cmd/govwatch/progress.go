package main

import (
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"govwatch/pipeline"
)

// nowFunc is the clock of the commands.
var nowFunc = time.Now

// progress shows a run's progress: a bar on a terminal, a log line every few seconds
// otherwise, so that logs collected by a supervisor stay readable.
type progress struct {
	mu   sync.Mutex
	a    *app
	name string
	bar  *progressbar.ProgressBar
	last time.Time
	cur  pipeline.Progress
}

func (a *app) newProgress(name string) *progress {
	p := &progress{a: a, name: name, last: nowFunc()}
	if isTerminal(a.stderr) {
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(a.stderr),
			progressbar.OptionSetDescription(name),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("pages"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) update(cur pipeline.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cur = cur
	if p.bar != nil {
		if cur.Expected > 0 && p.bar.GetMax() != cur.Expected {
			p.bar.ChangeMax(cur.Expected)
		}
		_ = p.bar.Set(cur.Pages)
		return
	}
	if now := nowFunc(); now.Sub(p.last) >= 5*time.Second {
		p.last = now
		p.a.logger.Info("progress", "stage", p.name, "pages", cur.Pages, "not_modified", cur.NotModified,
			"failed", cur.Failed, "articles", cur.Articles)
	}
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
