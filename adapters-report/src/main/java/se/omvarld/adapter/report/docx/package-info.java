/**
 * A report as a Word document the board's secretary can edit for the agenda. See
 * {@link se.omvarld.adapter.report.docx.DocxReportWriter}.
 */
package se.omvarld.adapter.report.docx;
