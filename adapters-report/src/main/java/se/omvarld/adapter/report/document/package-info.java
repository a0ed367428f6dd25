/**
 * A report as the writers see it, whatever its format: a titled document of sections, each of paragraphs, tables of
 * typed cells and charts. The annual compilation, a committee's annual-report section and the national twin-town
 * view each build one; HTML, PDF, DOCX, XLSX and CSV each write one. Labels are already in the document's language;
 * values stay typed so that a spreadsheet keeps numbers as numbers and dates as dates.
 */
package se.omvarld.adapter.report.document;
