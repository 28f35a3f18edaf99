package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"govwatch/transform"
)

// hostileText is n bytes or more of random portal words on one line.
func hostileText(n int, seed uint64) string {
	words := strings.Fields("فرماندار شهرستان کوار گفت علی احمدی رئیس اداره پست نانوایی پلمب شد تخلف دفاتر پیشخوان واحد صنفی ۱۲ مورد و در از به با که اخطار معاون")
	r := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}

// TestAnalyzeLongText analyses a one-line text longer than one analysis reads: the
// result says it is truncated, stderr says so too, and the exit status is 0.
func TestAnalyzeLongText(t *testing.T) {
	file := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(file, []byte(hostileText(2*transform.MaxBodyRunes+1000, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := govwatch(t, "analyze", file)
	if code != 0 {
		t.Fatalf("analyze: exit %d: %s", code, stderr)
	}
	var got struct{ Truncated bool }
	if err := json.Unmarshal([]byte(stdout), &got); err != nil || !got.Truncated {
		t.Errorf("result does not say it is truncated (err %v): %.300s", err, stdout)
	}
	if !strings.Contains(stderr, "analysed in part") {
		t.Errorf("stderr does not say the text was analysed in part: %q", stderr)
	}
}

// TestAnalyzeSigterm stops a real `govwatch analyze --jsonl` process with SIGTERM in
// the middle of long hostile articles: it stops before the end of its input, says
// why, and exits non-zero.
func TestAnalyzeSigterm(t *testing.T) {
	const lines = 60
	file := filepath.Join(t.TempDir(), "in.jsonl")
	var in bytes.Buffer
	for i := range lines {
		b, _ := json.Marshal(map[string]string{"id": "x", "text": hostileText(300<<10, uint64(i))})
		in.Write(b)
		in.WriteByte('\n')
	}
	if err := os.WriteFile(file, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(t.Context(), os.Args[0], "analyze", "--jsonl", file)
	cmd.Env = append(os.Environ(), "GOVWATCH_AS_MAIN=1")
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	if !sc.Scan() {
		t.Fatalf("no first result: %v %s", sc.Err(), errOut.String())
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	n := 1
	for sc.Scan() {
		n++
	}
	err = cmd.Wait()
	t.Logf("stopped after %d of %d results: %s", n, lines, strings.TrimSpace(errOut.String()))
	if err == nil {
		t.Fatalf("analyze exited 0 after SIGTERM, having written %d of %d results", n, lines)
	}
	if n >= lines {
		t.Errorf("analyze wrote all %d results: the signal did not stop it", n)
	}
	if !strings.Contains(errOut.String(), "context canceled") {
		t.Errorf("stderr does not say the analysis was cancelled: %q", errOut.String())
	}
}

// TestWriteReportMatchesMarshalIndent checks that the report analyze prints,
// written a mention at a time, is byte for byte what json.MarshalIndent gives:
// with people, violations and quotes, with none, and with a title holding
// what JSON escapes (quotes, «<», a newline and a key's own spelling).
func TestWriteReportMatchesMarshalIndent(t *testing.T) {
	full := transform.Analyze(transform.Input{
		Title: `فرماندار کوار: "people": [] <b> و
دو واحد پلمب شد`,
		Paragraphs: []string{
			"به گزارش خبرنگار ما، حسن کریمی فرماندار کوار گفت: «در بازرسی از نانوایی‌های شهر دو واحد متخلف پلمب شد.»",
			"رضا احمدی رئیس اداره صمت کوار افزود: با متخلفان برخورد قانونی خواهد شد.",
		},
	})
	if len(full.People) == 0 || len(full.Violations) == 0 || len(full.Quotes) == 0 {
		t.Fatalf("the fixture lost its mentions: %d people, %d violations, %d quotes", len(full.People), len(full.Violations), len(full.Quotes))
	}
	for name, r := range map[string]transform.Report{
		"full":  full.Report(),
		"empty": transform.Analyze(transform.Input{Paragraphs: []string{"هوا امروز آفتابی است."}}).Report(),
		"bare":  {},
	} {
		want, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := writeReport(&got, r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.String() != string(want)+"\n" {
			t.Errorf("%s: writeReport gave\n%s\nwant\n%s", name, got.String(), want)
		}
	}
}
