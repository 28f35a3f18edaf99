package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"govwatch/extract"
	"govwatch/pipeline/dataset"
	"govwatch/transform"
)

// rows are the dataset rows of one article version.
type rows struct {
	article    dataset.ArticleRow
	people     []dataset.PersonRow
	violations []dataset.ViolationRow
	// truncated is set when the article was longer than one analysis reads
	// (transform.MaxBodyRunes): the rows hold its first part only.
	truncated bool
}

// buildRows runs the extractors over one article and maps the result to rows. It is
// the one place where transform's results meet the dataset's schema; offsets stay in
// code points into the stored body on both sides. parseKey is the source's parse key
// (see parseKeys), recorded in the article row when the analysis read the whole
// article. It returns ctx's error when ctx ends the analysis.
func buildRows(ctx context.Context, art extract.Article, src extract.Source, parseKey string, log *slog.Logger) (r rows, err error) {
	defer func() {
		// The extractors are pure code over text; a panic there is a bug, but one bad
		// page must not take a run of thousands down with it.
		if p := recover(); p != nil {
			log.Error("extractor panic", KeyURL, art.URL, "panic", p)
			err = fmt.Errorf("extractor panic: %v", p)
		}
	}()
	an, err := transform.AnalyzeContext(ctx, transform.Input{
		Title:      art.Title,
		Paragraphs: art.Paragraphs,
		Registered: art.RegisteredPrinted,
		Occurred:   art.OccurredPrinted,
		Province:   src.Province,
		County:     src.County,
	})
	if err != nil {
		return r, err
	}
	r.truncated = an.Truncated
	id := dataset.ArticleID(art.URL)
	a := dataset.ArticleRow{
		ArticleID:        id,
		URL:              art.URL,
		SourceID:         art.SourceID,
		Province:         src.Province,
		County:           src.County,
		Title:            an.Title,
		Body:             an.Body,
		ParagraphCount:   int32(paragraphCount(an.Body)),
		ImageURLs:        art.ImageURLs,
		FetchedAt:        art.FetchedAt,
		ContentHash:      art.ContentHash,
		ExtractorVersion: transform.ExtractorVersion,
		Layout:           art.Layout,
	}
	if !an.Truncated {
		// A cut body is not the page's text: a reprocess must read the page.
		a.ParseKey = parseKey
	}
	if a.Province == "" {
		a.Province = an.Province
	}
	if a.County == "" {
		a.County = an.County
	}
	if d := an.Registered; d != nil {
		a.RegisteredDate, a.RegisteredJalali = d.Date, d.Printed
	} else {
		a.RegisteredJalali = transform.Normalize(strings.TrimSpace(art.RegisteredPrinted))
	}
	if d := an.Occurred; d != nil {
		a.OccurredDate, a.OccurredJalali = d.Date, d.Printed
	} else {
		a.OccurredJalali = transform.Normalize(strings.TrimSpace(art.OccurredPrinted))
	}
	r.article = a
	for _, p := range an.People {
		// A row is keyed by its sentence, so several mentions of one person in one
		// sentence (a name and a title, a name and «وی») become one row, which keeps
		// the first quote attributed there.
		inRow := map[[2]int]int{}
		for _, m := range p.Mentions {
			span := [2]int{m.SentenceStart, m.SentenceEnd}
			if i, ok := inRow[span]; ok {
				if r.people[i].Quote == "" {
					r.people[i].Quote = m.Quote
				}
				continue
			}
			inRow[span] = len(r.people)
			r.people = append(r.people, dataset.PersonRow{
				ArticleID:    id,
				ContentHash:  art.ContentHash,
				PersonKey:    p.Key,
				Name:         p.Name,
				Role:         p.Role,
				Organization: p.Organization,
				Start:        int32(m.SentenceStart),
				End:          int32(m.SentenceEnd),
				Sentence:     m.Sentence,
				Quote:        m.Quote,
			})
		}
	}
	// The extractors give one violation per office, violation type and sanction, so
	// one evidence sentence may hold several; the first keeps the plain
	// ViolationID(article, start, end) and the k-th (k ≥ 1, in text order) of the
	// same span gets ViolationID("article#k", start, end), so that IDs stay unique.
	perSpan := map[[2]int]int{}
	for _, v := range an.Violations {
		span := [2]int{v.Start, v.End}
		idKey := id
		if k := perSpan[span]; k > 0 {
			idKey = fmt.Sprintf("%s#%d", id, k)
		}
		perSpan[span]++
		row := dataset.ViolationRow{
			ArticleID:     id,
			ContentHash:   art.ContentHash,
			ViolationID:   dataset.ViolationID(idKey, int32(v.Start), int32(v.End)),
			OfficeType:    v.OfficeType,
			OfficeLabel:   v.OfficeLabel,
			ViolationType: v.ViolationType,
			Sanction:      v.Sanction,
			Modality:      v.Modality,
			Place:         v.Place,
			Speaker:       v.Speaker,
			Evidence:      v.Evidence,
			Start:         int32(v.Start),
			End:           int32(v.End),
		}
		if v.Count > 0 {
			c := int32(v.Count)
			row.Count = &c
		}
		r.violations = append(r.violations, row)
	}
	return r, nil
}

func paragraphCount(body string) int {
	if body == "" {
		return 0
	}
	return strings.Count(body, "\n\n") + 1
}

// runRow maps a run summary to its row in the runs table.
func runRow(sum Summary) dataset.RunRow {
	t := sum.Totals()
	row := dataset.RunRow{
		RunID:            sum.RunID,
		Job:              sum.Job,
		Trigger:          sum.Trigger,
		StartedAt:        sum.Started,
		FinishedAt:       sum.Ended,
		Status:           sum.Status,
		PagesFetched:     int64(t.Fetched),
		PagesNotModified: int64(t.NotModified),
		ArticlesNew:      int64(t.New),
		ArticlesChanged:  int64(t.Changed),
		RowsArticles:     int64(sum.RowsArticles),
		RowsPeople:       int64(sum.RowsPeople),
		RowsViolations:   int64(sum.RowsViolations),
		ExtractorVersion: sum.ExtractorVersion,
		ConfigHash:       sum.ConfigHash,
		Worker:           sum.Worker,
		PagesSkipped:     int64(t.Skipped),
		FailuresBySource: sum.FailuresBySource(),
	}
	for cause, n := range t.Failed {
		row.PagesFailed += int64(n)
		row.FailuresByCause = append(row.FailuresByCause, dataset.CauseCount{Cause: cause, Count: int64(n)})
	}
	sortCauses(row.FailuresByCause)
	for cause, n := range t.SkippedBy {
		row.SkipsByCause = append(row.SkipsByCause, dataset.CauseCount{Cause: cause, Count: int64(n)})
	}
	sortCauses(row.SkipsByCause)
	if sum.Err != nil {
		row.Error = sum.Err.Error()
	}
	return row
}

func sortCauses(cs []dataset.CauseCount) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].Cause < cs[j-1].Cause; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

// FailuresBySource returns the failed pages of each source by cause, each with its
// first failure as the example: sources in the run's order, causes sorted.
func (s Summary) FailuresBySource() []dataset.SourceFailure {
	var out []dataset.SourceFailure
	for _, src := range s.Sources {
		causes := make([]string, 0, len(src.Failed))
		for c, n := range src.Failed {
			if n > 0 {
				causes = append(causes, c)
			}
		}
		slices.Sort(causes)
		for _, c := range causes {
			f := dataset.SourceFailure{SourceID: src.ID, Cause: c, Count: int64(src.Failed[c])}
			if ex, ok := src.Examples[c]; ok {
				f.URL = ex.URL
				if ex.Err != nil {
					f.Error = ex.Err.Error()
				}
			}
			out = append(out, f)
		}
	}
	return out
}
