package se.omvarld.domain.twintown;

import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two spellings of one name share: Lidköping and Lidkoping, "Upplands-Bro" and "upplands bro". Letters lose
 * their accents (NFD, marks dropped), the few letters Unicode does not decompose are spelled out (ø, æ, œ, ß, ł, đ,
 * ı, þ), and case, punctuation and runs of spaces do not count.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    public static String key(String name) {
        checkNotNull(name, "name is required");
        String lower = name.toLowerCase(Locale.ROOT).replace("&", " and ");
        String folded = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder spelled = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case 'ø' -> spelled.append('o');
                case 'æ' -> spelled.append("ae");
                case 'œ' -> spelled.append("oe");
                case 'ß' -> spelled.append("ss");
                case 'ł' -> spelled.append('l');
                case 'đ' -> spelled.append('d');
                case 'ı' -> spelled.append('i');
                case 'þ' -> spelled.append("th");
                default -> spelled.append(c);
            }
        }
        return NOT_LETTER_OR_DIGIT.matcher(spelled).replaceAll(" ").strip();
    }
}
