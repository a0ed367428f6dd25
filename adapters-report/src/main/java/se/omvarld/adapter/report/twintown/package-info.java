/**
 * The national view of Sweden's twin towns (Sveriges vänorter): a format-neutral
 * {@link se.omvarld.adapter.report.document.ReportDocument} by municipality and by country, with a map and a bar chart
 * of the countries. See {@link se.omvarld.adapter.report.twintown.NationalTwinTownView}.
 */
package se.omvarld.adapter.report.twintown;
