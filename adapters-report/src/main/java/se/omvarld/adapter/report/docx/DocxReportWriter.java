package se.omvarld.adapter.report.docx;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
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
import se.omvarld.domain.report.ReportLanguage;

/**
 * Writes a report as a Word document (DOCX) for the board's agenda: editable, with the structure a screen reader and
 * Word's navigation pane see.
 *
 * <p>The title is in the style "Title", each section's heading in "heading 1" and each table's caption and chart's
 * title in "heading 2", styles with outline levels defined in the document's own styles part; paragraphs are "Body
 * Text". Tables are real tables whose shaded, bold header row repeats on every page, with the caption also as the
 * table's title for assistive technology, and columns as wide as their content asks; counts and amounts are
 * right-aligned and written as the report's language writes them. Charts are PNG pictures drawn by the given
 * painter, each with its text alternative as the picture's description and the drawing's. The page is A4 with 2.5 cm margins, the document language (sv-SE or en-GB) is the default for all text,
 * and the core properties carry the title and language. Footnotes end the document as a section of their own.
 */
public final class DocxReportWriter {

    /** A4 in twentieths of a point. */
    static final int A4_WIDTH_TWIPS = 11906;
    static final int A4_HEIGHT_TWIPS = 16838;
    /** 2.5 cm, the margin of Swedish municipal documents. */
    static final int MARGIN_TWIPS = 1417;
    private static final int TEXT_WIDTH_TWIPS = A4_WIDTH_TWIPS - 2 * MARGIN_TWIPS;
    private static final long EMU_PER_TWIP = Units.EMU_PER_POINT / 20;
    private static final long TEXT_WIDTH_EMU = (long) TEXT_WIDTH_TWIPS * EMU_PER_TWIP;
    /** A font every office suite has or substitutes with one of the same metrics (LibreOffice: Liberation Sans). */
    private static final String FONT = "Arial";
    private static final String HEADER_SHADE = "E7E6E6";
    private static final int MIN_COLUMN_CHARS = 4;
    private static final int MAX_COLUMN_CHARS = 40;
    /** About one character of Arial at 10 pt, a digit's width. */
    private static final int CHAR_TWIPS = 112;
    /** A cell's left and right margins (108 twips each by default) and a little air. */
    private static final int CELL_PADDING_TWIPS = 260;
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final Function<Chart, byte[]> pngPainter;

    /** @param pngPainter draws a chart as a PNG image, e.g. {@code ChartImages::png} */
    public DocxReportWriter(Function<Chart, byte[]> pngPainter) {
        this.pngPainter = checkNotNull(pngPainter, "a painter of charts is required");
    }

    public byte[] write(ReportDocument document) {
        checkNotNull(document, "document is required");
        try (XWPFDocument docx = new XWPFDocument()) {
            String language = document.language() == ReportLanguage.SWEDISH ? "sv-SE" : "en-GB";
            styles(docx, language);
            page(docx);
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language);
            new Writing(docx, document).write();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            docx.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a DOCX in memory could not be written", e);
        }
    }

    private static void styles(XWPFDocument docx, String language) {
        XWPFStyles styles = docx.createStyles();
        CTRPr defaults = styles.getCtStyles().addNewDocDefaults().addNewRPrDefault().addNewRPr();
        defaults.addNewLang().setVal(language);
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        // 10 pt by default, which is the tables' text; body text is 11 pt
        defaults.addNewSz().setVal(BigInteger.valueOf(20));
        styles.addStyle(paragraphStyle("Normal", "Normal", null, 0, false));
        styles.addStyle(paragraphStyle("BodyText", "Body Text", null, 22, false));
        styles.addStyle(paragraphStyle("Title", "Title", null, 52, false));
        styles.addStyle(paragraphStyle("Heading1", "heading 1", 0, 32, true));
        styles.addStyle(paragraphStyle("Heading2", "heading 2", 1, 26, true));
    }

    /**
     * @param outlineLevel 0 for a heading 1, 1 for a heading 2; {@code null} for body text
     * @param halfPoints   the font size in half points, 0 for the default
     */
    private static XWPFStyle paragraphStyle(String id, String name, Integer outlineLevel, int halfPoints,
            boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (id.equals("Normal")) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (!id.equals("Normal")) {
            paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
        }
        if (outlineLevel != null) {
            paragraph.addNewKeepNext();
            paragraph.getSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 360 : 240));
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        if (halfPoints > 0) {
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        }
        return new XWPFStyle(style);
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TWIPS));
        margins.setBottom(BigInteger.valueOf(MARGIN_TWIPS));
        margins.setLeft(BigInteger.valueOf(MARGIN_TWIPS));
        margins.setRight(BigInteger.valueOf(MARGIN_TWIPS));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * The widths in twips of columns whose longest values have these many characters, together the text width:
     * each column that needs no more than an equal share gets its need, and the others share the rest in proportion
     * to their needs, so that a column of short dates is never squeezed for a long name that would wrap anyway.
     */
    static int[] columnWidths(int[] chars) {
        int columns = chars.length;
        long[] needs = new long[columns];
        for (int i = 0; i < columns; i++) {
            needs[i] = (long) Math.min(MAX_COLUMN_CHARS, Math.max(MIN_COLUMN_CHARS, chars[i])) * CHAR_TWIPS
                    + CELL_PADDING_TWIPS;
        }
        // A column needing less than an equal share of the width still to give gets its need; the others then
        // share what is left in proportion to their needs (all of it, so the table spans the text width).
        boolean[] fixed = new boolean[columns];
        long left = TEXT_WIDTH_TWIPS;
        long open = LongStream.of(needs).sum();
        int unfixed = columns;
        boolean changed = true;
        while (changed && open > left) {
            changed = false;
            long share = left / unfixed;
            for (int i = 0; i < columns; i++) {
                if (!fixed[i] && needs[i] <= share) {
                    fixed[i] = true;
                    changed = true;
                }
            }
            left = TEXT_WIDTH_TWIPS;
            open = 0;
            unfixed = 0;
            for (int i = 0; i < columns; i++) {
                if (fixed[i]) {
                    left -= needs[i];
                } else {
                    open += needs[i];
                    unfixed++;
                }
            }
        }
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = (int) (fixed[i] ? needs[i] : left * needs[i] / open);
        }
        return widths;
    }

    /** One document being written. */
    private final class Writing {

        private final XWPFDocument docx;
        private final ReportDocument document;
        private final ValueFormats formats;
        private int pictures;

        Writing(XWPFDocument docx, ReportDocument document) {
            this.docx = docx;
            this.document = document;
            this.formats = ValueFormats.of(document.language());
        }

        void write() {
            paragraph("Title", document.title());
            for (Section section : document.sections()) {
                paragraph("Heading1", section.heading());
                for (Block block : section.blocks()) {
                    if (block instanceof Paragraph paragraph) {
                        paragraph("BodyText", paragraph.text());
                    } else if (block instanceof Table table) {
                        table(table);
                    } else if (block instanceof Chart chart) {
                        chart(chart);
                    }
                }
            }
            if (!document.footnotes().isEmpty()) {
                paragraph("Heading1", document.language() == ReportLanguage.SWEDISH ? "Fotnoter" : "Notes");
                int number = 1;
                for (String footnote : document.footnotes()) {
                    paragraph("BodyText", number++ + ". " + footnote);
                }
            }
        }

        private void paragraph(String style, String text) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle(style);
            text(paragraph.createRun(), text);
        }

        private void table(Table table) {
            paragraph("Heading2", table.caption());
            XWPFTable target = docx.createTable(table.rows().size() + 1, table.columns().size());
            target.setWidth("100%");
            CTTblPr properties = target.getCTTbl().getTblPr();
            properties.addNewTblCaption().setVal(table.caption());
            int[] widths = new int[table.columns().size()];
            XWPFTableRow header = target.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                header.getCell(c).setColor(HEADER_SHADE);
                XWPFRun run = cell(header.getCell(c), column).createRun();
                run.setBold(true);
                text(run, column.header());
                widths[c] = Math.max(widths[c], longestWord(column.header()) + 1);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                XWPFTableRow row = target.getRow(r + 1);
                row.setCantSplitRow(true);
                List<Cell> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell value = cells.get(c);
                    XWPFRun run = cell(row.getCell(c), table.columns().get(c)).createRun();
                    if (value instanceof Cell.Note) {
                        run.setItalic(true);
                    }
                    String text = formats.cell(value);
                    text(run, text);
                    if (!(value instanceof Cell.Note)) {
                        widths[c] = Math.max(widths[c], longestLine(text));
                    }
                }
            }
            grid(target, widths);
        }

        /** Column widths from their longest values; Word and LibreOffice both start from the table's grid. */
        private void grid(XWPFTable target, int[] chars) {
            int[] twips = columnWidths(chars);
            CTTblGrid grid = target.getCTTbl().getTblGrid() == null ? target.getCTTbl().addNewTblGrid()
                    : target.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            XWPFTableRow header = target.getRow(0);
            for (int i = 0; i < twips.length; i++) {
                grid.addNewGridCol().setW(BigInteger.valueOf(twips[i]));
                header.getCell(i).setWidth(Integer.toString(twips[i]));
            }
        }

        /** The cell's one paragraph, right-aligned for numbers so that their digits line up. */
        private XWPFParagraph cell(XWPFTableCell cell, Column column) {
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            if (column.kind() == CellKind.INTEGER || column.kind() == CellKind.MONEY) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
            }
            return paragraph;
        }

        private void chart(Chart chart) {
            paragraph("Heading2", chart.title());
            byte[] png = checkNotNull(pngPainter.apply(chart), "the painter gave no image for chart %s",
                    chart.title());
            BufferedImage image = image(png, chart);
            long width = Math.min(TEXT_WIDTH_EMU, Units.pixelToEMU(image.getWidth()));
            long height = width * image.getHeight() / image.getWidth();
            XWPFRun run = docx.createParagraph().createRun();
            pictures++;
            try {
                XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG,
                        "chart-" + pictures + ".png", (int) width, (int) height);
                // POI writes the file name as the description: the text alternative replaces it on both elements
                // that readers consult, the picture's own and the drawing's.
                picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(chart.altText());
                CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
                inline.getDocPr().setDescr(chart.altText());
                inline.getDocPr().setTitle(chart.title());
            } catch (InvalidFormatException e) {
                throw new IllegalStateException("a PNG was refused as a picture", e);
            } catch (IOException e) {
                throw new UncheckedIOException("a picture in memory could not be added", e);
            }
        }

        private BufferedImage image(byte[] png, Chart chart) {
            try {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                checkArgument(image != null && image.getWidth() > 0 && image.getHeight() > 0,
                        "the painter's image for chart %s is no PNG", chart.title());
                return image;
            } catch (IOException e) {
                throw new IllegalArgumentException("the painter's image for chart " + chart.title()
                        + " cannot be read", e);
            }
        }

        private int longestLine(String text) {
            int longest = 0;
            for (String line : LINE_BREAK.split(text, -1)) {
                longest = Math.max(longest, line.length());
            }
            return longest;
        }

        private int longestWord(String text) {
            int longest = 0;
            for (String word : text.split("\\s+")) {
                longest = Math.max(longest, word.length());
            }
            return longest;
        }

        /** Text with its line breaks kept as breaks within the paragraph. */
        private void text(XWPFRun run, String text) {
            if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
                run.setText(text);
                return;
            }
            String[] lines = LINE_BREAK.split(text, -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }
    }
}
