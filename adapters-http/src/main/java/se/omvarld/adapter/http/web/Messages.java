package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.Wording;

/**
 * The web app's words in one language, from {@code web/messages_sv.properties} or {@code web/messages_en.properties}
 * (UTF-8), and its dates, times, numbers and sums as that language writes them: "31 mars 2026", "1 800 000 kr" in
 * Swedish; "31 March 2026", "SEK 1,800,000" in English. A key missing from a bundle is a programming error (the
 * bundles test proves both hold the same keys). What the core says — a finding's explanation, a refusal's reason, a
 * field's error — is a {@link Wording}: {@link #words} says it by its key, with its arguments written the same way.
 */
public final class Messages {

    /** The time zone of every Swedish municipality: times are shown as the coordinator's clock reads them. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static final Map<ReportLanguage, Messages> ALL = new EnumMap<>(ReportLanguage.class);

    static {
        for (ReportLanguage language : ReportLanguage.values()) {
            ALL.put(language, new Messages(language));
        }
    }

    private final ReportLanguage language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Messages(ReportLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("web.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
        this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", language.locale()).withZone(SWEDEN);
    }

    public static Messages of(ReportLanguage language) {
        return ALL.get(checkNotNull(language, "language is required"));
    }

    public ReportLanguage language() {
        return language;
    }

    /** The BCP 47 tag of the language, for {@code <html lang>}. */
    public String tag() {
        return language.tag();
    }

    /** The text of {@code key}. */
    public String t(String key) {
        return bundle.getString(key);
    }

    /**
     * The text of {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments as given (format dates and
     * sums with {@link #date} and {@link #money} first). Plain replacement, not {@link java.text.MessageFormat}: an
     * apostrophe in a Swedish or English sentence means nothing special.
     */
    public String t(String key, Object... arguments) {
        String text = t(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** Whether the bundle has {@code key}, for texts chosen by a value (an enum's constant, a rule id). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * What the core said, in this language: the text of its key ({@code finding.R2.no-plan}) with its arguments as
     * this language writes them — days, sums, countries by name, enums by their {@code wording.<Type>.<CONSTANT>}
     * word, a set or list as its values one by one — or the English sentence where the bundle has no text for the
     * key.
     */
    public String words(Wording wording) {
        checkNotNull(wording, "wording is required");
        if (!wording.isKeyed() || !has(wording.key().key())) {
            return wording.english();
        }
        return t(wording.key().key(), wording.arguments().stream().map(this::value).toArray());
    }

    /** What an audited change did ({@code propose}, {@code change-role}), in this language where it has words. */
    public String auditAction(String action) {
        checkNotNull(action, "action is required");
        return has("audit.action." + action) ? t("audit.action." + action) : action;
    }

    /** One argument of a wording, as this language writes it. */
    String value(Object argument) {
        if (argument instanceof LocalDate day) {
            return date(day);
        }
        if (argument instanceof Money money) {
            return money(money);
        }
        if (argument instanceof BigDecimal decimal) {
            NumberFormat format = NumberFormat.getNumberInstance(language.locale());
            format.setGroupingUsed(false);
            format.setMinimumFractionDigits(Math.max(decimal.scale(), 0));
            format.setMaximumFractionDigits(Math.max(decimal.scale(), 0));
            return format.format(decimal);
        }
        if (argument instanceof CountryCode country) {
            String name = new Locale("", country.value()).getDisplayCountry(language.locale());
            return name.isBlank() ? country.value() : name;
        }
        if (argument instanceof Period period) {
            return period(period);
        }
        if (argument instanceof ReportingObligation obligation) {
            return ObligationWords.subject(obligation, this);
        }
        if (argument instanceof Collection<?> values) {
            return values.stream().map(this::value).collect(Collectors.joining(", "));
        }
        if (argument instanceof Enum<?> constant) {
            String key = "wording." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return has(key) ? t(key) : constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        // Numbers (years, lengths, counts) as written, never grouped: a year is "2026", not "2 026".
        return String.valueOf(argument);
    }

    private String period(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(t("wording.period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(t("wording.period.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(t("wording.period.days", period.getDays()));
        }
        return String.join(" ", parts);
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    /** An instant as a date and time in Sweden. */
    public String dateTime(Instant at) {
        return dateTime.format(at);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(language.locale()).format(n);
    }

    /** A sum: whole units unless it has öre (or cents), then two decimals; kronor as "kr" in Swedish. */
    public String money(Money money) {
        BigDecimal amount = money.amount();
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        int decimals = amount.stripTrailingZeros().scale() > 0 ? Money.SCALE : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        String figure = format.format(amount);
        String code = money.currency().getCurrencyCode();
        if (language == ReportLanguage.SWEDISH) {
            return figure + "\u00a0" + (code.equals("SEK") ? "kr" : code);
        }
        return code + "\u00a0" + figure;
    }
}
