package se.omvarld.adapter.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * A DOCX file read with {@code java.util.zip} and the JDK's DOM only, not with POI, which writes it: the body's
 * paragraphs and tables in order, the styles, the section's page setup and the pictures' descriptions.
 */
final class DocxContents {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    final Document document;
    final Document styles;

    DocxContents(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        document = dom("word/document.xml");
        styles = dom("word/styles.xml");
    }

    List<String> partNames() {
        return new ArrayList<>(parts.keySet());
    }

    String part(String name) {
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }

    /** The body's own paragraphs (not those inside tables), as style id and text. */
    List<Para> bodyParagraphs() {
        List<Para> paragraphs = new ArrayList<>();
        Element body = (Element) document.getElementsByTagNameNS(W, "body").item(0);
        for (Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "p".equals(element.getLocalName())) {
                paragraphs.add(new Para(element));
            }
        }
        return paragraphs;
    }

    List<Element> tables() {
        return elements(document.getDocumentElement(), W, "tbl");
    }

    /** A table's rows of cell texts. */
    static List<List<String>> cells(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : elements(table, W, "tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : elements(row, W, "tc")) {
                cells.add(new Para((Element) cell.getElementsByTagNameNS(W, "p").item(0)).text());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The first descendant's {@code w:val} (or other) attribute, or {@code null}. */
    static String attribute(Element root, String namespace, String element, String attribute) {
        NodeList found = root.getElementsByTagNameNS(namespace, element);
        if (found.getLength() == 0) {
            return null;
        }
        Element first = (Element) found.item(0);
        String value = first.getAttributeNS(namespace, attribute);
        return value.isEmpty() ? first.getAttribute(attribute) : value;
    }

    static List<Element> elements(Element root, String namespace, String localName) {
        NodeList nodes = root.getElementsByTagNameNS(namespace, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The style element with this id. */
    Element style(String id) {
        for (Element style : elements(styles.getDocumentElement(), W, "style")) {
            if (id.equals(style.getAttributeNS(W, "styleId"))) {
                return style;
            }
        }
        throw new IllegalArgumentException("no style " + id);
    }

    private Document dom(String part) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(part)));
        } catch (Exception e) {
            throw new IllegalStateException("part " + part + " is no XML", e);
        }
    }

    /** A paragraph: its style id ({@code null} for none) and its text, a line break read as "\n". */
    static final class Para {

        final Element element;

        Para(Element element) {
            this.element = element;
        }

        String style() {
            NodeList pStyle = element.getElementsByTagNameNS(W, "pStyle");
            return pStyle.getLength() == 0 ? null : ((Element) pStyle.item(0)).getAttributeNS(W, "val");
        }

        String text() {
            StringBuilder text = new StringBuilder();
            collect(element, text);
            return text.toString();
        }

        private static void collect(Node node, StringBuilder text) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && W.equals(element.getNamespaceURI())) {
                    if (element.getLocalName().equals("t")) {
                        text.append(element.getTextContent());
                    } else if (element.getLocalName().equals("br")) {
                        text.append('\n');
                    } else {
                        collect(element, text);
                    }
                }
            }
        }
    }
}
