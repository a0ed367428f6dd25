package se.omvarld.adapter.report.html;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.BiFunction;
import se.omvarld.adapter.report.document.Block;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.CellKind;
import se.omvarld.adapter.report.document.Chart;
import se.omvarld.adapter.report.document.Column;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.adapter.report.document.Table;
import se.omvarld.adapter.report.document.ValueFormats;
import se.omvarld.adapter.report.document.Xml;

/**
 * A report as one page of well-formed XHTML that is also valid HTML5: the markup the HTML writer serves and the PDF
 * writer lays out. One {@code <h1>}; per section an {@code <h2>} carrying the section's id; tables with a caption,
 * column headers and right-aligned numbers; each chart a {@code <figure>} with its title as {@code <figcaption>};
 * the footnotes last. Every text is escaped; values are written with {@link ValueFormats} in the document's language.
 * Only the five XML entities are used, so an XML parser reads the page as it is.
 */
public final class ReportMarkup {

    /** The page's style: screen and print (A4, page numbers in the bottom margin). */
    public static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: "DejaVu Sans", Verdana, \
            sans-serif; font-size: 8.5pt; color: #4b5563; } }
            html { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 10pt; line-height: 1.4; \
            color: #1f2937; background: #ffffff; }
            body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
            h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 14pt 0; }
            h2 { font-size: 14pt; margin: 20pt 0 6pt 0; padding-bottom: 2pt; border-bottom: 1px solid #d1d5db; \
            page-break-after: avoid; }
            p { margin: 0 0 8pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 14pt 0; }
            caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 4pt 0; }
            th, td { padding: 3pt 6pt; text-align: left; vertical-align: top; border-bottom: 1px solid #e5e7eb; }
            th { border-bottom: 1.5px solid #4b5563; }
            .num { text-align: right; }
            td.num, td.date { white-space: nowrap; }
            td.note { color: #4b5563; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            figure { margin: 10pt 0 16pt 0; page-break-inside: avoid; }
            figcaption { font-weight: bold; margin: 0 0 6pt 0; }
            figure svg, figure img { display: block; width: 100%; height: auto; }
            footer { margin-top: 20pt; padding-top: 4pt; border-top: 1px solid #d1d5db; font-size: 8.5pt; \
            color: #4b5563; }
            footer ol { margin: 0; padding-left: 1.5em; }
            @media print { body { max-width: none; padding: 0; } }
            """;

    private ReportMarkup() {
    }

    /**
     * The page.
     *
     * @param figure    the body of a chart's {@code <figure>} before its caption, given the chart and an id unique in
     *                  the page (inline SVG for a browser, an image with alternative text for the PDF)
     * @param extraHead markup added at the end of {@code <head>}, already well formed, or the empty string
     */
    public static String page(ReportDocument document, BiFunction<Chart, String, String> figure, String extraHead) {
        checkNotNull(document, "document is required");
        checkNotNull(figure, "figure is required");
        checkNotNull(extraHead, "extraHead is required");
        ValueFormats formats = ValueFormats.of(document.language());
        String lang = document.language().tag();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(Xml.escape(document.title())).append("</title>\n<meta name=\"description\" content=\"")
                .append(Xml.escape(description(document))).append("\"/>\n<style>\n").append(STYLE).append("</style>\n")
                .append(extraHead).append("</head>\n<body>\n<header><h1>").append(Xml.escape(document.title()))
                .append("</h1></header>\n<main>\n");
        for (Section section : document.sections()) {
            html.append("<section aria-labelledby=\"").append(section.id()).append("\">\n<h2 id=\"")
                    .append(section.id()).append("\">").append(Xml.escape(section.heading())).append("</h2>\n");
            int charts = 0;
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    html.append("<p>").append(Xml.escape(paragraph.text())).append("</p>\n");
                } else if (block instanceof Table table) {
                    table(html, table, formats);
                } else if (block instanceof Chart chart) {
                    charts++;
                    html.append("<figure>\n<figcaption>").append(Xml.escape(chart.title())).append("</figcaption>\n")
                            .append(figure.apply(chart, "figure-" + section.id() + "-" + charts))
                            .append("\n</figure>\n");
                }
            }
            html.append("</section>\n");
        }
        html.append("</main>\n");
        if (!document.footnotes().isEmpty()) {
            html.append("<footer>\n<ol>\n");
            for (String footnote : document.footnotes()) {
                html.append("<li>").append(Xml.escape(footnote)).append("</li>\n");
            }
            html.append("</ol>\n</footer>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** What the page holds, for its metadata (the PDF's subject): the title and the sections' headings. */
    public static String description(ReportDocument document) {
        StringBuilder description = new StringBuilder(document.title()).append(": ");
        for (int i = 0; i < document.sections().size(); i++) {
            description.append(i == 0 ? "" : ", ").append(document.sections().get(i).heading());
        }
        return description.append('.').toString();
    }

    private static void table(StringBuilder html, Table table, ValueFormats formats) {
        html.append("<table>\n<caption>").append(Xml.escape(table.caption())).append("</caption>\n<thead>\n<tr>");
        for (Column column : table.columns()) {
            html.append("<th scope=\"col\"").append(style(column.kind())).append('>')
                    .append(Xml.escape(column.header())).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (var row : table.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                String style = cell instanceof Cell.Note ? " class=\"note\"" : style(table.columns().get(i).kind());
                html.append("<td").append(style).append('>').append(Xml.escape(formats.cell(cell))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** Figures right-aligned so that their digits line up; figures and dates never broken over two lines. */
    private static String style(CellKind kind) {
        return switch (kind) {
            case INTEGER, MONEY -> " class=\"num\"";
            case DATE -> " class=\"date\"";
            case TEXT -> "";
        };
    }
}
