package se.omvarld.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.omvarld.application.PartnershipCommands;
import se.omvarld.application.ProjectCommands;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.visit.Direction;

/** What the core says ({@link Wording}), said by the web app's bundles in Swedish and English. */
class WordingMessagesTest {

    private static final Messages SV = Messages.of(ReportLanguage.SWEDISH);
    private static final Messages EN = Messages.of(ReportLanguage.ENGLISH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** Every enum the core passes as a wording's argument: each constant needs its word in both languages. */
    private static final List<Class<? extends Enum<?>>> ARGUMENT_ENUMS = List.of(RegimeClass.class,
            PartnershipKind.class, PartnershipStatus.class, ProjectStatus.class, BodyKind.class, Role.class,
            ObligationKind.class, Area.class, ProjectKind.class, Direction.class, ObligationStatus.class,
            ReportLanguage.class);

    /** What the use cases call their changes in the audit trail, beside each step's own name. */
    private static final List<String> AUDIT_ACTIONS = List.of("register", "rename-committee", "rename-unit",
            "appoint-representative", "set-organisation-number", "propose", "record-analysis",
            "record-democracy-plan", "register-idea", "apply", "grant", "reject", "follow-up", "record", "correct",
            "submit", "waive", "publish", "create", "revoke", "change-language", "change-reminders",
            "change-password", "change-role", "disable", "import");

    @Test
    void every_key_the_core_can_give_has_a_text_in_both_bundles_that_takes_no_argument_it_lacks() {
        for (Messages m : List.of(SV, EN)) {
            for (WordingKey key : WordingKey.values()) {
                if (key == WordingKey.UNKEYED) {
                    assertThat(m.has(key.key())).as("the unkeyed wording is said in English").isFalse();
                    continue;
                }
                assertThat(m.has(key.key())).as("%s in %s", key, m.tag()).isTrue();
                Matcher placeholder = PLACEHOLDER.matcher(m.t(key.key()));
                while (placeholder.find()) {
                    assertThat(Integer.parseInt(placeholder.group(1))).as("%s in %s", key, m.tag())
                            .isLessThan(key.arity());
                }
            }
        }
    }

    @Test
    void every_enum_the_core_gives_as_an_argument_has_a_word_in_both_bundles() {
        for (Messages m : List.of(SV, EN)) {
            for (Class<? extends Enum<?>> type : ARGUMENT_ENUMS) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(m.has("wording." + type.getSimpleName() + "." + constant.name()))
                            .as("%s.%s in %s", type.getSimpleName(), constant, m.tag()).isTrue();
                }
            }
        }
    }

    @Test
    void every_audited_action_has_a_word_in_both_bundles() {
        List<String> actions = new ArrayList<>(AUDIT_ACTIONS);
        Stream.of(PartnershipCommands.Step.values(), ProjectCommands.Step.values()).flatMap(Arrays::stream)
                .forEach(step -> actions.add(step.name().toLowerCase(Locale.ROOT)));
        for (Messages m : List.of(SV, EN)) {
            for (String action : actions) {
                assertThat(m.has("audit.action." + action)).as("%s in %s", action, m.tag()).isTrue();
            }
        }
    }

    @Test
    void every_rule_has_its_summary_in_both_bundles() {
        for (Messages m : List.of(SV, EN)) {
            for (RuleId rule : RuleId.values()) {
                assertThat(m.has("profile.rule." + rule.name())).as("%s in %s", rule, m.tag()).isTrue();
            }
        }
        assertThat(EN.t("profile.rule.R7")).isEqualTo(RuleId.R7.rule());
    }

    @Test
    void an_audited_change_is_said_in_swedish_with_its_status_body_and_day() {
        Wording activated = Wording.of(WordingKey.AUDIT_PARTNERSHIP_DECIDED_REFERENCE,
                "activate by Kommunstyrelsen on 2026-10-01 (KS 2026/123)", PartnershipStatus.ACTIVE,
                "Kommunstyrelsen", LocalDate.of(2026, 10, 1), "KS 2026/123");

        assertThat(SV.words(activated)).isEqualTo("aktivt enligt beslut av Kommunstyrelsen den 1 oktober 2026"
                + " (KS 2026/123)");
        assertThat(SV.auditAction("activate")).isEqualTo("aktivering");
        assertThat(SV.auditAction("an-action-of-a-later-version")).isEqualTo("an-action-of-a-later-version");
    }

    @Test
    void a_finding_is_said_in_swedish_with_its_country_class_and_day_written_in_swedish() {
        Wording reclassified = Wording.of(WordingKey.FINDING_R2_RECLASSIFIED, "Hungary (HU) was reclassified …",
                CountryCode.of("HU"), RegimeClass.ELECTORAL_AUTOCRACY, 2024, "V-Dem v15", LocalDate.of(2026, 3, 31));

        assertThat(SV.words(reclassified)).isEqualTo("Ungern klassades om till valautokrati (klass 1) 2024"
                + " (V-Dem v15), efter demokratiplanen från den 31 mars 2026; planen gäller fortfarande, se över den");
        assertThat(EN.words(reclassified)).isEqualTo("Hungary was reclassified electoral autocracy (class 1) in 2024"
                + " (V-Dem v15), after the democracy plan of 31 March 2026; the plan still stands, review it");
    }

    @Test
    void a_sum_in_a_refusal_is_written_in_kronor_as_swedes_write_them() {
        Wording tooMuch = Wording.of(WordingKey.REFUSAL_GRANT_AMOUNT_OUT_OF_RANGE, "the granted amount must …",
                Money.sek("1800000"));

        assertThat(SV.words(tooMuch)).endsWith("högst det begärda 1\u00a0800\u00a0000\u00a0kr");
    }

    @Test
    void a_share_keeps_its_decimal_in_the_languages_own_way() {
        Wording low = Wording.of(WordingKey.RULE_R14_SELF_FINANCING_TOO_LOW, "self-financing is 12.5 % …",
                new BigDecimal("12.5"), new BigDecimal("20.0"));

        assertThat(SV.words(low)).isEqualTo("egenfinansieringen är 12,5 % av kostnaden; minst 20,0 % krävs");
        assertThat(EN.words(low)).isEqualTo("self-financing is 12.5 % of the cost; at least 20.0 % is required");
    }

    @Test
    void a_year_is_never_grouped_and_a_period_is_said_in_years() {
        assertThat(SV.words(Wording.of(WordingKey.FIELD_YEAR_OUT_OF_RANGE, "must be from 2021 to 2026, was 1999",
                2021, 2026, 1999))).isEqualTo("Året måste vara från 2021 till 2026, men var 1999.");
        assertThat(SV.value(Period.ofYears(4))).isEqualTo("4 år");
        assertThat(EN.value(Period.ofMonths(6))).isEqualTo("6 months");
    }

    @Test
    void an_enum_argument_is_said_in_its_own_word() {
        Wording notAllowed = Wording.of(WordingKey.REFUSAL_PROJECT_STEP_NOT_ALLOWED, "a project that is idea …",
                ProjectStatus.IDEA, ProjectStatus.COMPLETED);

        assertThat(SV.words(notAllowed)).isEqualTo("ett projekt med status ”idé” kan inte få status ”genomfört”");
    }

    @Test
    void a_set_of_areas_is_said_area_by_area_in_the_languages_words() {
        Wording outside = Wording.of(WordingKey.FIELD_CALL_AREAS_NOT_ELIGIBLE, "the call's areas [CULTURE] lie …",
                Set.of(Area.CULTURE), "Erasmus+", Sets.immutableEnumSet(Area.EDUCATION, Area.YOUTH));

        assertThat(SV.words(outside)).isEqualTo("Utlysningens områden (kultur) ligger utanför de områden som Erasmus+"
                + " stöder (utbildning, ungdom).");
    }

    @Test
    void a_wording_without_a_key_is_said_in_its_english_words() {
        assertThat(SV.words(Wording.unkeyed("something the core says only in English")))
                .isEqualTo("something the core says only in English");
    }

    @Test
    void an_overdue_obligations_record_names_its_subject_as_the_lists_of_obligations_do() {
        ReportingObligation compilation = new ReportingObligation(new ObligationKey("R5/annual-compilation/2024"),
                MunicipalityCode.of("1494"), ObligationKind.ANNUAL_COMPILATION, "International work in 2024",
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 31), Body.administration("Kommunledningskontoret"),
                Body.executiveBoard(), Optional.empty());
        Wording record = Wording.of(WordingKey.RECORD_OBLIGATION, "obligation annual compilation", compilation.kind(),
                compilation, compilation.key().value());

        assertThat(SV.words(record)).contains("Internationellt arbete 2024").doesNotContain("International work");
        assertThat(EN.words(record)).contains(ObligationWords.subject(compilation, EN));
    }
}
