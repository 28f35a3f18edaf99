package eval_test

import (
	"fmt"
	"os"
	"strings"

	"govwatch/transform/eval"
)

func ExampleEvaluate() {
	gold, err := eval.ReadGold(strings.NewReader(`{"id":"x1","source_style":"fars_county","province":"فارس","county":"کوار","title":"پلمب ۲ نانوایی","paragraphs":["احمدی فرماندار گفت: ۲ نانوایی پلمب شد."],"registered":"1397/8/15","occurred":"","people":[{"name":"احمدی","role":"فرماندار","organization":"فرمانداری شهرستان کوار"}],"violations":[{"office_type":"bakery","office_label":"نانوایی","violation_type":null,"sanction":"sealing","count":2,"modality":"reported","speaker":"احمدی"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	// An extractor that finds the person but calls the violation a threat.
	analyze := func(d eval.Doc) eval.Prediction {
		return eval.Prediction{
			People:     []eval.Person{{Name: "آقای احمدي", Role: "فرماندار"}},
			Violations: []eval.Violation{{OfficeType: "bakery", Sanction: "sealing", Modality: "conditional"}},
		}
	}
	report := eval.Evaluate(gold, analyze)
	if err := report.Check(eval.DefaultThresholds()); err != nil {
		fmt.Println(err)
	}
	report.WriteText(os.Stdout)
	// Output:
	// field office_type_modality: f1 0.000 below 0.90
	// field                       gold  pred  match  precision  recall  f1     f1 95% interval
	// person_name                 1     1     1      1.000      1.000   1.000  1.000–1.000
	// person_role                 1     1     1      1.000      1.000   1.000  1.000–1.000
	// person_organization         1     1     0      0.000      0.000   0.000  0.000–0.000
	// office_type                 1     1     1      1.000      1.000   1.000  1.000–1.000
	// office_type_modality        1     1     0      0.000      0.000   0.000  0.000–0.000
	// office_type_modality_count  1     1     0      0.000      0.000   0.000  0.000–0.000
	// violation_type              0     0     0      1.000      1.000   1.000  1.000–1.000
	// sanction                    1     1     1      1.000      1.000   1.000  1.000–1.000
	// modality                    1     1     0      0.000      0.000   0.000  0.000–0.000
	// speaker                     1     0     0      0.000      0.000   0.000  0.000–0.000
	// violation                   1     1     0      0.000      0.000   0.000  0.000–0.000
	// documents: 1, without prediction: 0, unknown predictions: 0
}
