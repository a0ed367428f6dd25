/**
 * A report as an Excel workbook: a sheet about the report, then one sheet per section, values kept typed. See
 * {@link se.omvarld.adapter.report.xlsx.XlsxReportWriter}.
 */
package se.omvarld.adapter.report.xlsx;
