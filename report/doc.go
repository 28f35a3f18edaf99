// Package report turns govwatch's dataset into the PDF report that analysts read:
// for a Jalali period (a month such as 1397-08, a week, or a range of days) and a
// scope (everything, one province or one county) it reads the tables through
// govwatch/pipeline/dataset, aggregates them into a Summary with Build, and draws
// the Summary as a PDF with Render.
//
// # Reading
//
// Build reads only the Gregorian month partitions that the period, the period
// before it and the weeks of the trend chart touch, and only the columns it
// aggregates. Of each article it keeps the latest stored version (greatest
// fetched_at, then greatest content_hash) among the versions in those
// partitions, and only the people and violation rows of that version (joined on
// article_id and content_hash). Articles are placed in time by their
// registration date (articles.registered_date) converted to the Jalali calendar;
// articles without one are not in any period. Incidents are the unit of
// counting (govwatch/link), placed in time by their event date.
//
// # Rendering
//
// Render draws an A4 portrait PDF with the embedded Vazirmatn font
// (govwatch/report/fonts, subset on output): a cover, key figures with the change
// from the previous period, tables by office type and county and of sanctions,
// a weekly trend chart drawn with fpdf primitives, the officials who spoke about
// violations, the detailed list of reported and conditional violations with a
// link to each source article, and an appendix on the data behind the report.
// Persian text is shaped and ordered with govwatch/report/rtl before it reaches
// fpdf, which does neither. Labels are Persian by default and English with
// Options.Lang "en", with names of people, places and portals in Latin letters
// (govwatch/report/latin); titles and excerpts stay Persian.
//
// The bytes depend only on the Summary and the Options: the PDF's creation and
// modification dates are the Summary's DataTime, never the clock, so the same
// data and options give the same file.
//
// This is the only govwatch package that imports github.com/go-pdf/fpdf.
package report
