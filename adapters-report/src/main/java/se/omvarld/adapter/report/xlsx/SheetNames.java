package se.omvarld.adapter.report.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every sheet a name Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \}, no apostrophe at
 * either end, not "History" (Excel reserves it), and unique without regard to case, which is how Excel compares
 * sheet names. A clash gets " (2)", " (3)" … within the 31 characters.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    SheetNames() {
        taken.add("history");
    }

    String name(String wanted, String fallback) {
        String base = clean(wanted);
        if (base.isEmpty()) {
            base = clean(fallback);
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = trimEnds(cut(base, MAX_LENGTH - suffix.length())) + suffix;
        }
        return name;
    }

    private static String clean(String text) {
        String replaced = text.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ");
        return trimEnds(cut(trimEnds(replaced), MAX_LENGTH));
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        // never cut a surrogate pair in two
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static String trimEnds(String text) {
        String trimmed = text.strip();
        while (trimmed.startsWith("'")) {
            trimmed = trimmed.substring(1).strip();
        }
        while (trimmed.endsWith("'")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
