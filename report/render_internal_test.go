package report

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNotesKeptTogether draws the method notes low on a page: a block that fits
// on one page starts a new one rather than leave its tail on the next, and a
// block longer than a page still flows from where it is.
func TestNotesKeptTogether(t *testing.T) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed (poppler-utils)")
	}
	const word = "رویداد"
	para := strings.Repeat("هر بند یک "+word+" است و عددی که یک بار گفته شده یک بار شمرده می‌شود. ", 6)
	tests := []struct {
		name      string
		paras     int
		startY    float64
		wantPages int  // 0: more than one
		onFirst   bool // some of the notes are drawn on the first page
	}{
		{"fits below", 2, contentTop + 10, 1, true},
		{"moved whole", 3, contentLimit - 30, 2, false},
		{"longer than a page flows", 60, contentLimit - 30, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(Summary{}, Options{})
			d.pdf.AddPage()
			d.pdf.SetY(tt.startY)
			paras := make([]string, tt.paras)
			for i := range paras {
				paras[i] = para
			}
			d.notes(paras)
			if got := d.pdf.PageNo(); tt.wantPages == 0 && got < 2 || tt.wantPages > 0 && got != tt.wantPages {
				t.Errorf("the notes end on page %d, want %d", got, tt.wantPages)
			}
			path := filepath.Join(t.TempDir(), "notes.pdf")
			if err := d.pdf.OutputFileAndClose(path); err != nil {
				t.Fatal(err)
			}
			out, err := exec.CommandContext(t.Context(), pdftotext, "-enc", "UTF-8", "-f", "1", "-l", "1", path, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			if got := strings.Contains(string(out), word); got != tt.onFirst {
				t.Errorf("notes on the first page: %v, want %v\n%s", got, tt.onFirst, out)
			}
		})
	}
}
