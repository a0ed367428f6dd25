/**
 * A report's charts drawn from their data: bars, columns over years and a world map of partner countries (Natural
 * Earth's public-domain boundaries, shipped as {@code world-map.tsv}), as accessible SVG and as PNG.
 */
package se.omvarld.adapter.report.chart;
