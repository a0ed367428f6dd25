package se.omvarld.domain.report;

import java.util.Locale;

/** The languages a report is written in: Swedish by default, English on request. */
public enum ReportLanguage {
    SWEDISH("sv"),
    ENGLISH("en");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as in HTML's {@code lang} and a PDF's document language. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
