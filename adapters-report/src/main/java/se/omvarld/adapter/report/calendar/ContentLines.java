package se.omvarld.adapter.report.calendar;

/**
 * RFC 5545's content lines: TEXT values escaped (§3.3.11), every line ended by CRLF and folded so that no line is
 * longer than 75 octets of UTF-8 (§3.1), never inside a character's bytes.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is already in its type's form (a date, a code). */
    ContentLines raw(String nameAndParameters, String value) {
        return line(nameAndParameters + ":" + value);
    }

    /** A TEXT property: backslash, semicolon, comma and line breaks escaped. */
    ContentLines text(String name, String value) {
        return raw(name, escape(value));
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\':
                    escaped.append("\\\\");
                    break;
                case ';':
                    escaped.append("\\;");
                    break;
                case ',':
                    escaped.append("\\,");
                    break;
                case '\n':
                    escaped.append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private ContentLines line(String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int width = octets(codePoint);
            if (octets + width > limit) {
                // A continuation line starts with one space, which counts toward its 75 octets.
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
        return this;
    }

    /** The length of the code point in UTF-8. */
    private static int octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
