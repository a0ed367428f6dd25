/**
 * A report as a self-contained, accessible HTML page; its markup is also what the PDF writer lays out.
 */
package se.omvarld.adapter.report.html;
