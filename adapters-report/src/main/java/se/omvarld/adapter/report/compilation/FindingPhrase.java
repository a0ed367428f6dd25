package se.omvarld.adapter.report.compilation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.shared.WordingKey;

/**
 * A compliance finding's words in Swedish: one phrase per key the core gives a finding's explanation
 * ({@link WordingKey#isFinding()}) or the record it is about ({@link WordingKey#isRecord()}); the English is the
 * core's own sentence. {@code %1$s}, {@code %2$s}… take the
 * wording's arguments already written in Swedish ({@link Texts#explanation}).
 */
enum FindingPhrase {
    R2_NO_ASSESSMENT(WordingKey.FINDING_R2_NO_ASSESSMENT,
            "det finns ingen bedömning av %1$s att gå efter; lägg till en, eller registrera en demokratiplan"),
    R2_NO_PLAN(WordingKey.FINDING_R2_NO_PLAN,
            "%1$s klassas som %2$s från %3$s (%4$s) medan samarbetet är i kraft, och samarbetet saknar demokratiplan"),
    R2_NO_PLAN_PAST(WordingKey.FINDING_R2_NO_PLAN_PAST,
            "%1$s klassades som %2$s från %3$s (%4$s) medan samarbetet var i kraft, och samarbetet saknar "
            + "demokratiplan; landet klassas inte längre så, men de åren står kvar"),
    R2_RECLASSIFIED(WordingKey.FINDING_R2_RECLASSIFIED,
            "%1$s klassades om till %2$s %3$s (%4$s), efter demokratiplanen från den %5$s; planen gäller "
            + "fortfarande, se över den"),
    R4_NO_REPRESENTATIVE(WordingKey.FINDING_R4_NO_REPRESENTATIVE,
            "%1$s har inte utsett någon representant i den internationella gruppen"),
    R10_ADOPTION_UNKNOWN(WordingKey.FINDING_R10_ADOPTION_UNKNOWN,
            "registrera när strategin antogs: den ska revideras minst vart %1$s, räknat från den dagen; till dess är "
            + "en revidering skyldig nu"),
    R12_NOT_EXAMINED(WordingKey.FINDING_R12_NOT_EXAMINED,
            "projektet pågår utan extern finansiering, och att den har prövats finns inte registrerat"),
    R13_NO_GOALS(WordingKey.FINDING_R13_NO_GOALS, "projektsamverkan behöver tydliga mål"),
    R13_ONE_PARTY(WordingKey.FINDING_R13_ONE_PARTY,
            "projektsamverkan behöver fler än en medverkande part; %1$s är den enda"),
    R15_NOT_BUDGETED(WordingKey.FINDING_R15_NOT_BUDGETED, "%1$s har inte budgeterat projektet i sin egen plan"),
    R16_ENTERED_BY_OTHER(WordingKey.FINDING_R16_ENTERED_BY_OTHER,
            "partnerskapet (%1$s) ingicks den %2$s av %3$s; endast kommunstyrelsen får fatta det beslutet"),
    R16_ENTERED_BY_OTHER_REFERENCE(WordingKey.FINDING_R16_ENTERED_BY_OTHER_REFERENCE,
            "partnerskapet (%1$s) ingicks den %2$s av %3$s (%4$s); endast kommunstyrelsen får fatta det beslutet"),
    R16_ENDED_BY_OTHER(WordingKey.FINDING_R16_ENDED_BY_OTHER,
            "partnerskapet (%1$s) avslutades den %2$s av %3$s; endast kommunstyrelsen får fatta det beslutet"),
    R16_ENDED_BY_OTHER_REFERENCE(WordingKey.FINDING_R16_ENDED_BY_OTHER_REFERENCE,
            "partnerskapet (%1$s) avslutades den %2$s av %3$s (%4$s); endast kommunstyrelsen får fatta det "
            + "beslutet"),
    OBLIGATION_OVERDUE(WordingKey.FINDING_OBLIGATION_OVERDUE,
            "skulle lämnas senast den %1$s av %2$s till %3$s; varken inlämnad eller efterskänkt"),

    RECORD_PARTNERSHIP(WordingKey.RECORD_PARTNERSHIP, "partnerskapet ”%1$s” [%2$s]"),
    RECORD_PROJECT(WordingKey.RECORD_PROJECT, "projektet ”%1$s” [%2$s]"),
    RECORD_ADMINISTRATION(WordingKey.RECORD_ADMINISTRATION, "förvaltningen ”%1$s” [%2$s]"),
    RECORD_POLICY(WordingKey.RECORD_POLICY, "policyn ”%1$s” [%2$s]"),
    RECORD_OBLIGATION(WordingKey.RECORD_OBLIGATION, "skyldigheten %1$s, ”%2$s” [%3$s]");

    private static final Map<WordingKey, FindingPhrase> BY_KEY = new EnumMap<>(WordingKey.class);

    static {
        for (FindingPhrase phrase : values()) {
            BY_KEY.put(phrase.key, phrase);
        }
    }

    private final WordingKey key;
    private final String swedish;

    FindingPhrase(WordingKey key, String swedish) {
        this.key = key;
        this.swedish = swedish;
    }

    static Optional<FindingPhrase> of(WordingKey key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    String swedish() {
        return swedish;
    }
}
