package transform

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const seedPath = "/work/shared/seed/kavar-pishkhan-1397-08-15.txt"

// readArticleText reads an article saved as text in the portal's layout:
// an optional «شرح خبر» line, a title line (optionally preceded by the lead
// image path in quotes), paragraphs separated by blank lines, and the footer
// lines «تاریخ ثبت خبر:» and «تاریخ وقوع خبر:».
func readArticleText(text string) Input {
	var in Input
	var para []string
	flush := func() {
		if len(para) > 0 {
			in.Paragraphs = append(in.Paragraphs, strings.Join(para, "\n"))
			para = nil
		}
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		trim := strings.TrimSpace(line)
		switch {
		case trim == "شرح خبر" && in.Title == "":
			continue
		case strings.HasPrefix(trim, "تاریخ ثبت خبر:"):
			flush()
			in.Registered = strings.TrimSpace(strings.TrimPrefix(trim, "تاریخ ثبت خبر:"))
			continue
		case strings.HasPrefix(trim, "تاریخ وقوع خبر:"):
			flush()
			in.Occurred = strings.TrimSpace(strings.TrimPrefix(trim, "تاریخ وقوع خبر:"))
			continue
		case in.Title == "" && trim != "":
			if strings.HasPrefix(trim, "'") {
				if i := strings.Index(trim[1:], "'"); i >= 0 {
					trim = strings.TrimSpace(trim[i+2:])
				}
			}
			in.Title = trim
			continue
		case trim == "":
			flush()
			continue
		}
		para = append(para, line)
	}
	flush()
	return in
}

func readSeed(t testing.TB) Input {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("seed article %s not present", seedPath)
	}
	if err != nil {
		t.Fatalf("read seed: %v", err)
	}
	return readArticleText(string(b))
}

func TestSeed(t *testing.T) {
	a := Analyze(readSeed(t))
	type pr struct{ Name, Role, Org string }
	var got []pr
	for _, p := range a.People {
		got = append(got, pr{p.Name, p.Role, p.Organization})
	}
	want := []pr{
		{"ناهید", "معاون برنامه‌ریزی و هماهنگی امور عمرانی", "فرمانداری شهرستان کوار"},
		{"رستمی", "رئیس", "اداره پست شهرستان کوار"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people mismatch (-want +got):\n%s", diff)
	}
	t.Run("mentions", func(t *testing.T) {
		body := []rune(a.Body)
		kinds := map[string]int{}
		for _, m := range a.People[0].Mentions {
			kinds[m.Kind]++
			if string(body[m.Start:m.End]) != m.Text {
				t.Errorf("mention %q does not match body[%d:%d] = %q", m.Text, m.Start, m.End, string(body[m.Start:m.End]))
			}
		}
		if kinds[MentionName] < 3 || kinds[MentionTitle] < 2 || kinds[MentionPronoun] < 2 {
			t.Errorf("ناهید mention kinds = %v, want >=3 names, >=2 titles, >=2 pronouns", kinds)
		}
	})
	t.Run("violations", func(t *testing.T) {
		var reportedByNahid, conditionalRevocation bool
		for _, v := range a.Violations {
			if v.OfficeType == OfficeGovernmentCounter && v.Modality == ModalityReported && v.Speaker == "ناهید" {
				reportedByNahid = true
			}
			if v.Modality == ModalityConditional && v.Sanction == "licence_revocation" {
				conditionalRevocation = true
			}
			if strings.Contains(v.Evidence, "پست بانک") {
				t.Errorf("violation from the request for a Post Bank office: %+v", v)
			}
			if got := string([]rune(a.Body)[v.Start:v.End]); got != v.Evidence {
				t.Errorf("evidence offsets [%d,%d) give %q, want %q", v.Start, v.End, got, v.Evidence)
			}
		}
		if !reportedByNahid {
			t.Error("no reported government_counter violation said by ناهید")
		}
		if !conditionalRevocation {
			t.Error("no conditional violation with sanction licence_revocation")
		}
	})
	t.Run("dates", func(t *testing.T) {
		if a.Registered == nil || a.Registered.Jalali != "1397/08/15" || a.Registered.Date.Format("2006-01-02") != "2018-11-06" {
			t.Errorf("Registered = %+v, want 1397/08/15 = 2018-11-06", a.Registered)
		}
		if a.EventDate == nil || a.EventDate.Jalali != "1397/08/15" {
			t.Errorf("EventDate = %+v, want 1397/08/15", a.EventDate)
		}
	})
	t.Run("quotes", func(t *testing.T) {
		speakers := map[string]int{}
		for _, q := range a.Quotes {
			speakers[q.Speaker]++
		}
		if speakers["ناهید"] < 4 || speakers["رستمی"] != 1 || len(speakers) != 2 {
			t.Errorf("quote speakers = %v, want ناهید >= 4 and رستمی 1", speakers)
		}
	})
	t.Run("source offsets", func(t *testing.T) {
		in := readSeed(t)
		for _, v := range a.Violations {
			para, off := a.Source(v.Start)
			if para < 0 {
				t.Fatalf("Source(%d) found no paragraph", v.Start)
			}
			src := []rune(in.Paragraphs[para])
			ev := []rune(v.Evidence)
			n := min(10, len(ev))
			if off+n > len(src) || string(src[off:off+n]) != string(ev[:n]) {
				t.Errorf("source of evidence at %d does not start with %q", v.Start, string(ev[:n]))
			}
		}
	})
}
