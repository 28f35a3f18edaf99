package transform

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"
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

func TestSeedDump(t *testing.T) {
	in := readSeed(t)
	a := Analyze(in)
	b, _ := a.JSON()
	t.Log(string(b))
}
