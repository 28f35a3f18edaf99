// Package eval scores govwatch's people and violation extractors against an
// annotated gold corpus.
//
// The gold corpus is a JSON Lines file (one [Doc] a line, read with [ReadGold]);
// the annotation guidelines live beside it in transform/testdata/eval/README.md.
// Predictions are this package's own small types ([Prediction], [Person],
// [Violation]) so that eval does not depend on the extractor it measures: a
// caller adapts its extractor to an [Analyzer] and calls [Evaluate], or builds
// predictions itself and calls [Score].
//
// Matching is entity-level within each document: gold and predicted items are
// reduced to a key per field after normalisation ([Fold], [FoldName]) and paired
// one to one, so a duplicated prediction earns one true positive and one false
// positive. Precision, recall and F1 are micro-averaged over the corpus.
package eval
