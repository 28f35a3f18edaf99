package eval_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"govwatch/transform/eval"
)

// roleConventions are the extents that real-dev's annotators draw and the
// team's batches once drew otherwise (testdata/real/README.md, "Role
// conventions"). Roles are scored by exact match, so a label that breaks one
// counts a right role as wrong.
var roleConventions = []struct {
	name string
	re   *regexp.Regexp
	want string
}{
	{"minister with the ministry", regexp.MustCompile(`^وزیر\s+\S`), "«وزیر», the ministry as organisation"},
	{"Majlis member's whole title", regexp.MustCompile(`^نماینده\s+(محترم\s+)?(مردم|مجلس)|^نماینده\s.*\sدر\sمجلس`), "«نماینده», organisation «مجلس شورای اسلامی»"},
	{"central district in the role", regexp.MustCompile(`^(سر\s*پرست\s+)?بخشداری?\s+(بخش\s+)?مرکزی$`), "«بخشدار» or «سرپرست بخشداری»"},
	{"director-general with the directorate", regexp.MustCompile(`^مدیر\s*کل\s+(\S+)$|^مدیر\s*کل\s+\S+\s`), "«مدیرکل», the directorate as organisation"},
	{"county governor after a deputy's portfolio", regexp.MustCompile(`^معاون\s+\S.*\sفرماندار$`), "the portfolio alone, organisation «فرمانداری …»"},
	{"deputy governor-general and county governor", regexp.MustCompile(`^معاون\s+استاندار\s+و\s+فرماندار`), "«فرماندار» or «فرماندار ویژه», the deputyship in the note"},
	{"head with the body", regexp.MustCompile(`^(رئیس|مدیر|دبیر|مسئول|مسوول|مسول)\s+(اداره|سازمان|مرکز|شورای|شورا|ستاد|کمیسیون|پلیس|روابط عمومی|دفتر|واحد|کانون|انجمن|بنیاد|شرکت|بیمارستان|دانشگاه|دانشکده|کمیته|هیئت|هیات|حوزه|جمعیت|دادگستری|دادگاه|کارگروه)(\s|$)`), "the head title, the body as organisation"},
}

// roleQualifiers may follow «مدیرکل» in its role.
var roleQualifiers = map[string]bool{"سابق": true, "پیشین": true, "قبلی": true, "اسبق": true, "جدید": true, "موقت": true, "مستعفی": true, "وقت": true}

// TestTeamLabelsFollowRoleConventions fails when a label of the team's
// batches (or of the second annotation) draws a role's extent otherwise than
// real-dev does, so that a new batch cannot bring the drift back. It needs
// only the committed labels, so CI runs it.
func TestTeamLabelsFollowRoleConventions(t *testing.T) {
	files, err := filepath.Glob("../testdata/real/new/*.labels.jsonl")
	if err != nil || len(files) < 40 {
		t.Fatalf("team label files: %v (%d found)", err, len(files))
	}
	files = append(files, "../testdata/agreement/second.jsonl", "../testdata/agreement/fresh.jsonl", "../testdata/agreement/fresh2.jsonl", "../testdata/agreement/fresh3.jsonl")
	checked := 0
	for _, f := range files {
		preds, err := eval.LoadAnnotation(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, p := range preds {
			for _, per := range p.People {
				role := strings.Join(strings.Fields(strings.NewReplacer("ي", "ی", "ك", "ک", "ئ", "ی", "\u200c", " ").Replace(per.Role)), " ")
				if role == "" {
					continue
				}
				checked++
				for _, c := range roleConventions {
					m := c.re.FindStringSubmatch(role)
					if m == nil {
						continue
					}
					if c.name == "director-general with the directorate" && m[1] != "" && roleQualifiers[m[1]] {
						continue // «مدیرکل سابق»
					}
					t.Errorf("%s: %s, %s: role «%s» (%s); real-dev writes %s", filepath.Base(f), p.ID, per.Name, per.Role, c.name, c.want)
				}
			}
		}
	}
	if checked < 3000 {
		t.Errorf("checked %d roles, want the whole set's", checked)
	}
}
