package se.omvarld.adapter.http.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.Money;

/**
 * Reading what people type into the record pages' forms: days as YYYY-MM-DD, sums as they write them, lists one per
 * line, and the version a form was loaded at. What cannot be read becomes the field's error, in the page's language.
 */
final class FormValues {

    private static final Pattern LINES = Pattern.compile("\\R");

    private FormValues() {
    }

    /** A day written YYYY-MM-DD, or null with the field's error. */
    static LocalDate date(Form form, String field, Messages m) {
        try {
            return LocalDate.parse(form.value(field).strip());
        } catch (DateTimeParseException notADate) {
            form.error(field, m.t("form.date.invalid"));
            return null;
        }
    }

    /** A sum as people write it ("250 000", "1 800,50"), or null with the field's error. */
    static BigDecimal amount(Form form, String field, Messages m) {
        String text = form.value(field).replaceAll("[\\s\\u00a0]", "").replace(',', '.');
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > Money.SCALE) {
                throw new NumberFormatException();
            }
            return amount.setScale(Money.SCALE);
        } catch (NumberFormatException notASum) {
            form.error(field, m.t("form.amount.invalid"));
            return null;
        }
    }

    /** The municipality's own kinds of body, as the choices of who decided. */
    static List<Choice> bodyKinds(Messages m, String chosen) {
        return Arrays.stream(BodyKind.values()).filter(BodyKind::isMunicipal)
                .map(k -> new Choice(k.name(), m.t("decision.body." + k.name()), k.name().equals(chosen)))
                .collect(Collectors.toList());
    }

    /** The kind of body chosen, or null with the field's error. */
    static BodyKind bodyKind(Form form, String field, Messages m) {
        return Arrays.stream(BodyKind.values()).filter(BodyKind::isMunicipal)
                .filter(k -> k.name().equals(form.value(field))).findFirst().orElseGet(() -> {
                    form.error(field, m.t("form.choice.invalid"));
                    return null;
                });
    }

    /** The non-blank lines of a text area, each stripped. */
    static List<String> lines(String text) {
        return LINES.splitAsStream(text).map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    }

    /** The version the form was loaded at, or null with a general error when the form does not carry one. */
    static Long version(Form form, String field, Messages m) {
        try {
            long version = Long.parseLong(form.value(field));
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException missing) {
            // falls through to the error below
        }
        form.generalError(m.t("form.version.missing"));
        return null;
    }
}
