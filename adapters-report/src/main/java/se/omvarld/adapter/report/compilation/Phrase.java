package se.omvarld.adapter.report.compilation;

import se.omvarld.domain.report.ReportLanguage;

/**
 * Every fixed string of the compilation's documents, in Swedish and English. A phrase with {@code %s} takes values
 * already formatted in the document's language ({@link se.omvarld.adapter.report.document.ValueFormats}), so the
 * phrase itself never formats a number or a date.
 */
enum Phrase {
    COMPILATION_TITLE("Internationellt arbete %s – årlig sammanställning, %s",
            "International work %s – annual compilation, %s"),
    SECTION_TITLE("Internationellt arbete %s – %s, avsnitt i årsredovisningen",
            "International work %s – %s, section of the annual report"),

    SUMMARY("Sammanfattning", "Summary"),
    COMPILATION_SCOPE("Sammanställningen visar %s internationella arbete under %s så som registret såg ut den %s. "
            + "Sammanställd den %s.",
            "The compilation shows %s international work in %s as the register stood on %s. Compiled on %s."),
    ACTIVITIES_SENTENCE("Internationella aktiviteter under %s: %s. Partnerskap i kraft: %s, projekt (projektfamiljer) "
            + "i gång: %s, besök: %s, beviljade föreningsbidrag: %s.",
            "International activities in %s: %s. Partnerships in force: %s, projects (project families) running: %s, "
            + "visits: %s, association grants granted: %s."),
    FUNDING_SENTENCE("Det externa stöd som beviljades under %s uppgår till %s.",
            "The external funding granted in %s amounts to %s."),
    FUNDING_INCOMPLETE_SENTENCE("Belopp utan växelkurs till kronor, som inte ingår i summan och redovisas under "
            + "Externt stöd: %s.",
            "Amounts without an exchange rate to SEK, left out of the sum and listed under External funding: %s."),
    OBLIGATIONS_SENTENCE("Rapporteringsskyldigheter som förföll under %s: %s, varav uppfyllda: %s och försenade: %s.",
            "Reporting obligations due in %s: %s; met: %s, overdue: %s."),
    FINDINGS_SENTENCE("Avvikelser vid efterlevnadskontrollen den %s: %s.",
            "Compliance findings on %s: %s."),
    REPORTED_SENTENCE("För %s redovisade kommunen tidigare %s internationella aktiviteter och %s i externt stöd "
            + "(%s).",
            "For %s the municipality earlier reported %s international activities and %s in external funding "
            + "(%s)."),
    KEY_FIGURES("Internationella aktiviteter %s", "International activities in %s"),
    ACTIVITY("Aktivitet", "Activity"),
    NUMBER("Antal", "Number"),
    PARTNERSHIPS_IN_FORCE("Partnerskap i kraft", "Partnerships in force"),
    PROJECTS_RUNNING("Projekt i gång", "Projects running"),
    VISITS_MADE("Besök", "Visits"),
    GRANTS_GRANTED("Beviljade föreningsbidrag", "Association grants granted"),
    TOTAL("Totalt", "Total"),

    ACTIVITIES("Aktiviteter per år", "Activities per year"),
    YEAR("År", "Year"),
    COMPUTED_ACTIVITIES("Aktiviteter enligt registret", "Activities in the register"),
    REPORTED_ACTIVITIES("Redovisade aktiviteter", "Reported activities"),
    COMPUTED_FUNDING("Externt stöd enligt registret", "External funding in the register"),
    REPORTED_FUNDING("Redovisat externt stöd", "Reported external funding"),
    ACTIVITIES_TABLE("Internationella aktiviteter och externt stöd per år, %s–%s",
            "International activities and external funding per year, %s–%s"),
    ACTIVITIES_CHART("Internationella aktiviteter per år", "International activities per year"),
    ACTIVITIES_CHART_ALT("Stapeldiagram över antalet internationella aktiviteter per år enligt registret: %s.",
            "Column chart of the number of international activities per year in the register: %s."),
    ACTIVITIES_CHART_REPORTED(" Redovisat tidigare: %s.", " Reported earlier: %s."),
    YEAR_VALUE("%s: %s", "%s: %s"),
    ACTIVITIES_UNIT("aktiviteter", "activities"),
    REPORTED_TABLE("Tidigare redovisade siffror", "Figures reported earlier"),
    SOURCE("Källa", "Source"),
    REPORTED_NOTE("Redovisade siffror visas som kommunen redovisade dem och läggs aldrig till siffrorna ur "
            + "registret.",
            "Reported figures are shown as the municipality reported them and are never added to the register's "
            + "figures."),

    PARTNERSHIPS("Partnerskap", "Partnerships"),
    PARTNERSHIPS_TABLE("Partnerskap i kraft, föreslagna eller beslutade under %s",
            "Partnerships in force, proposed or decided on in %s"),
    PARTNERSHIP("Partnerskap", "Partnership"),
    PARTNER("Motpart", "Partner"),
    COUNTRY("Land", "Country"),
    KIND("Typ", "Kind"),
    STATUS("Status", "Status"),
    IN_FORCE_SINCE("I kraft sedan", "In force since"),
    LATEST_DECISION("Senaste beslut", "Latest decision"),
    DECIDED_BY("Beslutat av", "Decided by"),
    REFERENCE("Diarienummer", "Reference"),
    LAST_EVALUATION("Senast utvärderat", "Last evaluated"),
    NO_PARTNERSHIPS("Inga partnerskap var i kraft eller beslutades under %s.",
            "No partnership was in force or decided on in %s."),

    PROJECTS("Projekt", "Projects"),
    PROJECTS_TABLE("Projekt i gång, registrerade eller beslutade under %s",
            "Projects running, registered or moved on in %s"),
    PROJECT("Projekt", "Project"),
    UNIT("Enhet", "Unit"),
    PROGRAMME("Program", "Programme"),
    COUNTRIES("Länder", "Countries"),
    STARTED("Startade", "Started"),
    NO_PROJECTS("Inga projekt var i gång eller beslutades under %s.", "No project was running or moved on in %s."),
    BY_STATUS("Projekt per status", "Projects by status"),
    BY_UNIT("Projekt per enhet", "Projects by unit"),
    BY_PROGRAMME("Projekt per program", "Projects by programme"),
    BY_COUNTRY("Projekt per land", "Projects by country"),
    NO_PROGRAMME("(inget program)", "(no programme)"),

    FUNDING("Externt stöd", "External funding"),
    FUNDING_BY_PROGRAMME_TABLE("Externt stöd per program %s, i kronor", "External funding by programme in %s, in SEK"),
    FUNDING_CHART("Externt stöd per program", "External funding by programme"),
    FUNDING_CHART_ALT("Stapeldiagram över det externa stöd som beviljades under %s, per program i kronor: %s. "
            + "Totalt %s.",
            "Bar chart of the external funding granted in %s, by programme in SEK: %s. Total %s."),
    FUNDING_CHART_ALT_NONE("Stapeldiagram över det externa stödet per program: inget externt stöd beviljades "
            + "under %s.",
            "Bar chart of the external funding by programme: no external funding was granted in %s."),
    FUNDING_CHART_ALT_UNCONVERTED(" Belopp utan växelkurs, som inte ingår (%s): %s.",
            " Amounts without an exchange rate, not included (%s): %s."),
    SEK_UNIT("kronor", "SEK"),
    CONVERSIONS_TABLE("Beviljat externt stöd %s och omräkning till kronor",
            "External funding granted in %s and its conversion to SEK"),
    AMOUNT("Belopp", "Amount"),
    RATE("Kurs (kr per enhet)", "Rate (SEK per unit)"),
    RATE_DAY("Kursdag", "Rate day"),
    IN_SEK("I kronor", "In SEK"),
    NO_RATE("ingen kurs", "no rate"),
    UNCONVERTED("ej omräknat: ingen växelkurs för %s den %s", "not converted: no exchange rate for %s on %s"),
    NO_FUNDING("Inget externt stöd beviljades under %s.", "No external funding was granted in %s."),

    GRANTS("Föreningsbidrag", "Association grants"),
    GRANTS_TABLE("Föreningsbidrag sökta, beslutade eller använda under %s",
            "Association grants applied for, decided on or used in %s"),
    ASSOCIATION("Förening", "Association"),
    PURPOSE("Syfte", "Purpose"),
    REQUESTED("Sökt", "Requested"),
    GRANTED("Beviljat", "Granted"),
    OWN_FINANCING("Egenfinansiering", "Own financing"),
    DECIDED_ON("Beslutsdag", "Decided on"),
    FOLLOWED_UP_ON("Återrapporterat", "Followed up on"),
    NO_GRANTS("Inga föreningsbidrag söktes, beslutades eller användes under %s.",
            "No association grant was applied for, decided on or used in %s."),

    VISITS("Besök", "Visits"),
    VISITS_TABLE("Besök under %s", "Visits in %s"),
    DIRECTION("Riktning", "Direction"),
    FROM("Från", "From"),
    TO("Till", "To"),
    PARTICIPANTS("Deltagare", "Participants"),
    VISIT_REPORT("Rapport till kommunstyrelsen", "Report to the executive board"),
    NOT_REQUIRED("krävs inte", "not required"),
    NO_VISITS("Inga besök gjordes under %s.", "No visits were made in %s."),

    PARTNER_COUNTRIES("Partnerländer", "Partner countries"),
    COUNTRIES_TABLE("Partnerskap i kraft och projekt i gång per land %s",
            "Partnerships in force and projects running by country in %s"),
    ISO_CODE("ISO-kod", "ISO code"),
    MAP_CHART("Partnerländer %s", "Partner countries in %s"),
    MAP_CHART_ALT("Världskarta över partnerländerna %s (%s länder), markerade efter antalet partnerskap i kraft och "
            + "projekt i gång där: %s.",
            "World map of the partner countries in %s (%s countries), each marked by the number of partnerships in "
            + "force and projects running there: %s."),
    MAP_CHART_ALT_NONE("Världskarta över partnerländer: inget land hade partnerskap i kraft eller projekt i gång "
            + "under %s.",
            "World map of partner countries: no country had a partnership in force or a project running in %s."),
    COUNTRIES_UNIT("partnerskap och projekt", "partnerships and projects"),
    NO_COUNTRIES("Inget land hade partnerskap i kraft eller projekt i gång under %s.",
            "No country had a partnership in force or a project running in %s."),

    OBLIGATIONS("Rapporteringsskyldigheter", "Reporting obligations"),
    OBLIGATIONS_TABLE("Rapporteringsskyldigheter som förföll under %s", "Reporting obligations due in %s"),
    OBLIGATION("Skyldighet", "Obligation"),
    SUBJECT("Avser", "Subject"),
    DUE("Förfallodag", "Due"),
    RESPONSIBLE("Ansvarig", "Responsible"),
    RECIPIENT("Mottagare", "Recipient"),
    SETTLED_ON("Datum", "Date"),
    NO_OBLIGATIONS("Inga rapporteringsskyldigheter förföll under %s.", "No reporting obligation was due in %s."),

    FINDINGS("Avvikelser", "Compliance findings"),
    FINDINGS_TABLE("Avvikelser den %s", "Compliance findings on %s"),
    RULE("Regel", "Rule"),
    SEVERITY("Allvarlighet", "Severity"),
    RECORD("Post", "Record"),
    SINCE("Sedan", "Since"),
    EXPLANATION("Förklaring", "Explanation"),
    NO_FINDINGS("Efterlevnadskontrollen den %s gav inga avvikelser.", "The compliance check on %s found nothing."),

    SECTION_SCOPE_COMMITTEE("Avsnittet redovisar den internationella samverkan som %s bedrev under %s (R6): "
            + "projekt som nämnden äger eller där dess enheter deltar, besök av nämndens personal och nämndens egna "
            + "partnerskap.",
            "The section reports the international cooperation %s carried out in %s (R6): projects the committee owns "
            + "or its units take part in, visits by its people and its own partnerships."),
    SECTION_SCOPE_MUNICIPALITY("Avsnittet följer upp %s internationella arbete under %s (R6).",
            "The section follows up %s's international work in %s (R6)."),
    SECTION_COUNTS("Under %s: projekt %s, partnerskap i kraft %s, besök %s.",
            "In %s: projects %s, partnerships in force %s, visits %s."),
    SECTION_FUNDING("Externt stöd som beviljades %s under %s: %s.",
            "External funding granted to %s in %s: %s."),
    SECTION_DUE("Avsnittet ska lämnas till %s senast den %s; status: %s.",
            "The section is due to %s by %s; status: %s."),
    SECTION_NOT_OWED("Profilen kräver inget sådant avsnitt för %s.", "The profile asks for no such section for %s."),

    RATES_NOTE("Belopp i andra valutor är omräknade till kronor med växelkursen den dag stödet beviljades "
            + "(föregående publicerade kurs om ingen publicerades den dagen): %s.",
            "Amounts in other currencies are converted to SEK at the exchange rate of the day the funding was granted "
            + "(the last rate published before it where none was published that day): %s."),
    RATES_OF("%s (källa: %s)", "%s (source: %s)"),
    RATE_ENTRY("1 %s = %s kr den %s", "1 %s = SEK %s on %s"),
    NO_RATES_NOTE("Alla belopp är i kronor; ingen valutaomräkning behövdes.",
            "All amounts are in SEK; no currency conversion was needed."),
    UNCONVERTED_NOTE("Belopp utan växelkurs till kronor den dag stödet beviljades: %s. De visas i sin valuta och "
            + "ingår inte i någon summa.",
            "Amounts without an exchange rate to SEK on the day the funding was granted: %s. They are shown in their "
            + "currency and are in no sum."),

    SUBJECT_COMPILATION("Internationellt arbete %s", "International work in %s"),
    SUBJECT_ANNUAL_REPORT("Internationellt arbete %s, i årsredovisningen",
            "International work in %s, in the annual report"),
    SUBJECT_SECTION("%s: internationellt arbete %s", "%s: international work in %s"),
    SUBJECT_POLICY_EVALUATION("Den internationella policyn och arbetet under den, mandatperioden %s",
            "The international policy and the work under it, mandate period %s"),
    SUBJECT_STRATEGY_REVISION("Revidering av den internationella strategin",
            "Revision of the international strategy"),
    STATUS_SUBMITTED("inlämnad den %s", "submitted on %s"),
    STATUS_WAIVED("efterskänkt den %s", "waived on %s"),
    STATUS_OVERDUE("försenad, skulle lämnas senast den %s", "overdue, due by %s"),
    STATUS_PENDING("ska lämnas senast den %s", "due by %s");

    private final String swedish;
    private final String english;

    Phrase(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    String in(ReportLanguage language) {
        return language == ReportLanguage.SWEDISH ? swedish : english;
    }
}
