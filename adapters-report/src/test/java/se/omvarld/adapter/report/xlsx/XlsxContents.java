package se.omvarld.adapter.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An XLSX file read with {@code java.util.zip} and the JDK's DOM only, not with POI, which writes it: the sheets by
 * name, each cell's type, raw value, text, number format and font, and each sheet's frozen pane and column widths.
 */
final class XlsxContents {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> parts = new HashMap<>();
    private final Map<String, String> sheetPaths = new LinkedHashMap<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private final Map<Integer, String> numberFormats = new HashMap<>();
    private final List<Element> fonts = new ArrayList<>();
    private final List<Element> cellFormats = new ArrayList<>();

    XlsxContents(byte[] xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        Map<String, String> targets = new HashMap<>();
        for (Element relationship : elements(dom("xl/_rels/workbook.xml.rels"), "*", "Relationship")) {
            String target = relationship.getAttribute("Target");
            targets.put(relationship.getAttribute("Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
        for (Element sheet : elements(dom("xl/workbook.xml"), MAIN, "sheet")) {
            sheetPaths.put(sheet.getAttribute("name"), targets.get(sheet.getAttributeNS(RELATIONSHIPS, "id")));
        }
        if (parts.containsKey("xl/sharedStrings.xml")) {
            for (Element si : elements(dom("xl/sharedStrings.xml"), MAIN, "si")) {
                sharedStrings.add(text(si));
            }
        }
        Document styles = dom("xl/styles.xml");
        for (Element format : elements(styles, MAIN, "numFmt")) {
            numberFormats.put(Integer.parseInt(format.getAttribute("numFmtId")), format.getAttribute("formatCode"));
        }
        fonts.addAll(elements(styles.getElementsByTagNameNS(MAIN, "fonts").item(0), MAIN, "font"));
        cellFormats.addAll(elements(styles.getElementsByTagNameNS(MAIN, "cellXfs").item(0), MAIN, "xf"));
    }

    List<String> sheetNames() {
        return new ArrayList<>(sheetPaths.keySet());
    }

    String part(String name) {
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }

    String sheetPart(String name) {
        return part(sheetPaths.get(name));
    }

    SheetContents sheet(String name) {
        String path = sheetPaths.get(name);
        if (path == null) {
            throw new IllegalArgumentException("no sheet " + name + " in " + sheetPaths.keySet());
        }
        return new SheetContents(dom(path));
    }

    final class SheetContents {

        private final Document dom;
        private final Map<String, Element> cells = new HashMap<>();

        private SheetContents(Document dom) {
            this.dom = dom;
            for (Element cell : elements(dom, MAIN, "c")) {
                cells.put(cell.getAttribute("r"), cell);
            }
        }

        /** The cell at an A1 reference, or {@code null} if the sheet has none there. */
        CellContents cell(String reference) {
            Element cell = cells.get(reference);
            return cell == null ? null : new CellContents(cell);
        }

        /** The A1 reference of the first cell whose text is the given one. */
        String find(String text) {
            for (Element cell : elements(dom, MAIN, "c")) {
                if (text.equals(new CellContents(cell).text())) {
                    return cell.getAttribute("r");
                }
            }
            throw new IllegalArgumentException("no cell reads " + text);
        }

        /** The frozen pane's attributes ({@code ySplit}, {@code state} …), or an empty map. */
        Map<String, String> pane() {
            Map<String, String> attributes = new HashMap<>();
            NodeList panes = dom.getElementsByTagNameNS(MAIN, "pane");
            if (panes.getLength() > 0) {
                Node pane = panes.item(0);
                for (int i = 0; i < pane.getAttributes().getLength(); i++) {
                    Node attribute = pane.getAttributes().item(i);
                    attributes.put(attribute.getNodeName(), attribute.getNodeValue());
                }
            }
            return attributes;
        }

        /** Column widths in characters, by zero-based column. */
        Map<Integer, Double> columnWidths() {
            Map<Integer, Double> widths = new HashMap<>();
            for (Element col : elements(dom, MAIN, "col")) {
                for (int c = Integer.parseInt(col.getAttribute("min")); c <= Integer.parseInt(col.getAttribute("max"));
                        c++) {
                    widths.put(c - 1, Double.parseDouble(col.getAttribute("width")));
                }
            }
            return widths;
        }

        /** Every cell's text or raw value, row by row, in the order they appear. */
        List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            for (Element row : elements(dom, MAIN, "row")) {
                List<String> values = new ArrayList<>();
                for (Element cell : elements(row, MAIN, "c")) {
                    values.add(new CellContents(cell).text());
                }
                rows.add(values);
            }
            return rows;
        }
    }

    final class CellContents {

        private final Element cell;

        private CellContents(Element cell) {
            this.cell = cell;
        }

        /** "n" for a number (the default), "s" for a shared string, "inlineStr" … */
        String type() {
            return cell.hasAttribute("t") ? cell.getAttribute("t") : "n";
        }

        boolean isNumber() {
            return type().equals("n");
        }

        boolean isText() {
            return type().equals("s") || type().equals("inlineStr") || type().equals("str");
        }

        String raw() {
            NodeList v = cell.getElementsByTagNameNS(MAIN, "v");
            return v.getLength() == 0 ? null : v.item(0).getTextContent();
        }

        String text() {
            if (type().equals("s")) {
                return sharedStrings.get(Integer.parseInt(raw()));
            }
            if (type().equals("inlineStr")) {
                return XlsxContents.text((Element) cell.getElementsByTagNameNS(MAIN, "is").item(0));
            }
            return raw();
        }

        private Element format() {
            return cellFormats.get(cell.hasAttribute("s") ? Integer.parseInt(cell.getAttribute("s")) : 0);
        }

        /** The number format's code; built-in format 0 is "General". */
        String numberFormat() {
            int id = Integer.parseInt(format().getAttribute("numFmtId"));
            return id == 0 ? "General" : numberFormats.getOrDefault(id, "builtin " + id);
        }

        boolean bold() {
            return fontHas("b");
        }

        boolean italic() {
            return fontHas("i");
        }

        boolean wraps() {
            NodeList alignment = format().getElementsByTagNameNS(MAIN, "alignment");
            if (alignment.getLength() == 0) {
                return false;
            }
            String wrap = ((Element) alignment.item(0)).getAttribute("wrapText");
            return wrap.equals("true") || wrap.equals("1");
        }

        private boolean fontHas(String property) {
            Element font = fonts.get(Integer.parseInt(format().getAttribute("fontId")));
            NodeList found = font.getElementsByTagNameNS(MAIN, property);
            if (found.getLength() == 0) {
                return false;
            }
            String value = ((Element) found.item(0)).getAttribute("val");
            return value.isEmpty() || value.equals("true") || value.equals("1");
        }
    }

    private Document dom(String part) {
        byte[] bytes = parts.get(part);
        if (bytes == null) {
            throw new IllegalArgumentException("no part " + part + " in " + parts.keySet());
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException("part " + part + " is no XML", e);
        }
    }

    private static List<Element> elements(Node root, String namespace, String localName) {
        NodeList nodes = root instanceof Document document ? document.getElementsByTagNameNS(namespace, localName)
                : ((Element) root).getElementsByTagNameNS(namespace, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** A rich or plain string's text: its {@code t} elements, skipping phonetic runs. */
    private static String text(Element container) {
        StringBuilder text = new StringBuilder();
        NodeList ts = container.getElementsByTagNameNS(MAIN, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            if (!((Element) ts.item(i).getParentNode()).getLocalName().equals("rPh")) {
                text.append(ts.item(i).getTextContent());
            }
        }
        return text.toString();
    }
}
