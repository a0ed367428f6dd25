/**
 * A report's tables as CSV: RFC 4180 in UTF-8, and a variant that Swedish Excel opens as it is. See
 * {@link se.omvarld.adapter.report.csv.CsvReportWriter} for how a document of several tables becomes CSV.
 */
package se.omvarld.adapter.report.csv;
