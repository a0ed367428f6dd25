package se.omvarld.adapter.report.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import se.omvarld.domain.report.ReportLanguage;

/**
 * How values read in a report's language: in Swedish "1 800 000 kr" and "31 mars 2026", in English "SEK 1,800,000"
 * and "31 March 2026". Amounts show öre or cents only when there are any. Swedish groups digits with a no-break
 * space so that a figure never breaks over two lines, and writes the minus as a hyphen-minus (the JDK's Swedish
 * locale uses U+2212, which readers searching for "-" do not find).
 */
public final class ValueFormats {

    private static final char NO_BREAK_SPACE = '\u00a0';

    private final ReportLanguage language;
    private final DateTimeFormatter dates;

    private ValueFormats(ReportLanguage language) {
        this.language = language;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
    }

    public static ValueFormats of(ReportLanguage language) {
        return new ValueFormats(language);
    }

    public String count(long value) {
        return numbers(0).format(value);
    }

    public String date(LocalDate value) {
        return dates.format(value);
    }

    public String money(BigDecimal amount, Currency currency) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        String figure = numbers(whole ? 0 : 2).format(whole ? amount.setScale(0, RoundingMode.UNNECESSARY) : amount);
        if (language == ReportLanguage.SWEDISH) {
            return figure + NO_BREAK_SPACE + (currency.getCurrencyCode().equals("SEK") ? "kr"
                    : currency.getCurrencyCode());
        }
        return currency.getCurrencyCode() + NO_BREAK_SPACE + figure;
    }

    /** A cell as text; a note is its text, an empty cell the empty string. */
    public String cell(Cell cell) {
        if (cell instanceof Cell.Text text) {
            return text.value();
        }
        if (cell instanceof Cell.Count count) {
            return count(count.value());
        }
        if (cell instanceof Cell.Amount amount) {
            return money(amount.amount(), amount.currency());
        }
        if (cell instanceof Cell.Date date) {
            return date(date.value());
        }
        if (cell instanceof Cell.Note note) {
            return note.text();
        }
        return "";
    }

    private DecimalFormat numbers(int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (language == ReportLanguage.SWEDISH) {
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
            symbols.setDecimalSeparator(',');
        } else {
            symbols.setGroupingSeparator(',');
            symbols.setDecimalSeparator('.');
        }
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format;
    }
}
