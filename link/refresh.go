package link

import (
	"context"
	"errors"
	"fmt"

	"govwatch/pipeline/dataset"
)

// Columns Load reads from each source table.
var (
	articleColumns = []string{"article_id", "url", "source_id", "province", "county", "title",
		"registered_date", "occurred_date", "fetched_at", "content_hash"}
	peopleColumns    = []string{"article_id", "content_hash", "person_key", "name", "role", "organization"}
	violationColumns = []string{"article_id", "content_hash", "violation_id", "office_type", "violation_type",
		"sanction", "count", "modality", "speaker", "evidence", "start", "end"}
)

// Load reads what Derive needs from ds: every partition, only the columns used.
func Load(ctx context.Context, ds *dataset.Dataset) (Input, error) {
	var in Input
	err := ds.ScanArticles(ctx, dataset.Filter{Columns: articleColumns}, func(r dataset.ArticleRow) error {
		in.Articles = append(in.Articles, r)
		return nil
	})
	if err != nil {
		return Input{}, fmt.Errorf("read articles: %w", err)
	}
	err = ds.ScanPeople(ctx, dataset.Filter{Columns: peopleColumns}, func(r dataset.PersonRow) error {
		in.People = append(in.People, r)
		return nil
	})
	if err != nil {
		return Input{}, fmt.Errorf("read people: %w", err)
	}
	err = ds.ScanViolations(ctx, dataset.Filter{Columns: violationColumns}, func(r dataset.ViolationRow) error {
		in.Violations = append(in.Violations, r)
		return nil
	})
	if err != nil {
		return Input{}, fmt.Errorf("read violations: %w", err)
	}
	return in, nil
}

// Refreshed is what Refresh did.
type Refreshed struct {
	Result
	// Stamp identifies the state of the source tables the result was derived from.
	Stamp string
	// Stored reports whether the dataset's incidents and officials tables hold
	// Result: they were already current, or Refresh wrote them. It is false when
	// the tables could not be written because ds is read-only or a run holds the
	// dataset's write lock; Result is then derived all the same.
	Stored bool
	// Written reports whether Refresh wrote the tables.
	Written bool
}

// Refresh returns the incidents and officials of ds's current source tables.
// When the derived tables already carry the source tables' stamp it reads them;
// otherwise it derives them and replaces the tables, unless ds is read-only or
// locked by a run (then Stored is false and nothing is written).
func Refresh(ctx context.Context, ds *dataset.Dataset) (Refreshed, error) {
	stamp, err := ds.SourceStamp(ctx)
	if err != nil {
		return Refreshed{}, err
	}
	have, err := ds.DerivedStamp(ctx)
	if err != nil {
		return Refreshed{}, err
	}
	out := Refreshed{Stamp: stamp}
	if have == stamp {
		if err := ds.ScanIncidents(ctx, dataset.Filter{}, func(r dataset.IncidentRow) error {
			out.Incidents = append(out.Incidents, r)
			return nil
		}); err != nil {
			return Refreshed{}, fmt.Errorf("read incidents: %w", err)
		}
		if err := ds.ScanOfficials(ctx, dataset.Filter{}, func(r dataset.OfficialRow) error {
			out.Officials = append(out.Officials, r)
			return nil
		}); err != nil {
			return Refreshed{}, fmt.Errorf("read officials: %w", err)
		}
		out.Stored = true
		return out, nil
	}
	in, err := Load(ctx, ds)
	if err != nil {
		return Refreshed{}, err
	}
	out.Result = Derive(in)
	err = ds.ReplaceDerived(ctx, dataset.DerivedSet{Stamp: stamp, Incidents: out.Incidents, Officials: out.Officials})
	switch {
	case err == nil:
		out.Stored, out.Written = true, true
	case errors.Is(err, dataset.ErrReadOnly), errors.Is(err, dataset.ErrLocked), errors.Is(err, dataset.ErrTxnActive):
	default:
		return Refreshed{}, err
	}
	return out, nil
}
