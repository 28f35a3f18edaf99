// Package link resolves what the extractors find in single sentences into the
// units analysts count: incidents and officials, across sentences and articles.
//
// [Derive] is a pure function of the articles, people and violations tables (it
// does no I/O): it keeps the latest version of each article, as the report does,
// and computes
//
//   - incidents: one per clause (one evidence span and modality of one article)
//     with all its office types, violation types and sanctions, then merged
//     across articles by [MergeRule];
//   - officials: one per person of a county across the name forms the articles
//     use (full name, surname only, title only), with their roles over time.
//
// [Refresh] reads the source tables through govwatch/pipeline/dataset, derives,
// and replaces the dataset's incidents and officials tables when the source
// tables changed since they were last written; the report calls it before it
// reads them, so that the PDF and the tables always give the same numbers.
package link
