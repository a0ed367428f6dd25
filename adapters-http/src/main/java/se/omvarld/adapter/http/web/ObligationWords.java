package se.omvarld.adapter.http.web;

import se.omvarld.domain.obligation.ReportingObligation;

/**
 * An obligation in the page's words: its kind, and its subject where the planner wrote the subject itself (in
 * English, e.g. "International work in 2025"); a subject taken from a record (a visit's purpose, a project's title)
 * stays as recorded. The same choice the report adapter's compilation makes.
 */
public final class ObligationWords {

    private ObligationWords() {
    }

    public static String kind(ReportingObligation obligation, Messages m) {
        return m.t("obligation." + obligation.kind().name());
    }

    public static String subject(ReportingObligation obligation, Messages m) {
        String year = Integer.toString(obligation.trigger().getYear());
        String key = obligation.key().value();
        switch (obligation.kind()) {
            case ANNUAL_COMPILATION:
            case ANNUAL_REPORT:
            case STRATEGY_REVISION:
                return m.t("obligation.subject." + obligation.kind().name(), year);
            case ANNUAL_REPORT_SECTION:
                return m.t("obligation.subject.ANNUAL_REPORT_SECTION", obligation.responsible().name(), year);
            case POLICY_EVALUATION:
                return m.t("obligation.subject.POLICY_EVALUATION", key.substring(key.lastIndexOf('/') + 1));
            default:
                return obligation.subject();
        }
    }
}
