package se.omvarld.adapter.report.opendata;

import java.util.Locale;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.PartnershipKind;

/** The open data's words in Swedish (the terms the policies and Lidköping's page use) or English. */
final class Labels {

    private final ReportLanguage language;

    Labels(ReportLanguage language) {
        this.language = language;
    }

    boolean swedish() {
        return language == ReportLanguage.SWEDISH;
    }

    String pick(String swedish, String english) {
        return swedish() ? swedish : english;
    }

    /** The country's name in the language, from the JDK's locale data: "Ungern", "Hungary". */
    String country(CountryCode country) {
        return new Locale("", country.value()).getDisplayCountry(language.locale());
    }

    String kind(PartnershipKind kind) {
        switch (kind) {
            case TWIN_TOWN:
                return pick("Vänort", "Twin town");
            case COOPERATION_AGREEMENT:
                return pick("Samarbetsavtal", "Cooperation agreement");
            case INDUSTRIAL_PARTNERSHIP:
                return pick("Industriellt partnerskapsavtal", "Industrial partnership");
            case MUNICIPAL_PARTNERSHIP:
                return pick("Kommunalt partnerskap", "Municipal partnership");
            case NETWORK_MEMBERSHIP:
                return pick("Medlemskap i nätverk", "Network membership");
            default:
                throw new IllegalArgumentException("no label for " + kind);
        }
    }

    String kind(ProjectKind kind) {
        switch (kind) {
            case PRE_STUDY:
                return pick("Förstudie", "Pre-study");
            case EXCHANGE:
                return pick("Utbyte", "Exchange");
            case PROJECT:
                return pick("Projekt", "Project");
            default:
                throw new IllegalArgumentException("no label for " + kind);
        }
    }

    String area(Area area) {
        switch (area) {
            case EDUCATION:
                return pick("utbildning", "education");
            case ELDERLY_AND_DISABILITY_CARE:
                return pick("äldre- och handikappomsorg", "elderly and disability care");
            case SOCIAL_CARE:
                return pick("social omsorg", "social care");
            case CULTURE:
                return pick("kultur", "culture");
            case SPORT:
                return pick("idrott", "sport");
            case ENVIRONMENT:
                return pick("miljö", "environment");
            case TOURISM:
                return pick("turism", "tourism");
            case BUSINESS:
                return pick("näringsliv", "business");
            case TRADE_AND_SMALL_INDUSTRY:
                return pick("handel och småindustri", "trade and small industry");
            case TECHNOLOGY:
                return pick("teknik", "technology");
            case HEALTH:
                return pick("hälsa", "health");
            case SCHOOL_EXCHANGE:
                return pick("skolutbyte", "school exchange");
            case DEMOCRACY:
                return pick("demokratiutveckling", "democracy");
            case YOUTH:
                return pick("ungdom", "youth");
            default:
                throw new IllegalArgumentException("no label for " + area);
        }
    }
}
