/**
 * A report as an archivable (PDF/A-3a) and accessible (PDF/UA-1) PDF, laid out from the HTML page's markup with the
 * DejaVu fonts shipped in {@code fonts/}.
 */
package se.omvarld.adapter.report.pdf;
