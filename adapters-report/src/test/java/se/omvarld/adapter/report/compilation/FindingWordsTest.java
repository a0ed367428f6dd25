package se.omvarld.adapter.report.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.report.document.Cell;
import se.omvarld.adapter.report.document.Paragraph;
import se.omvarld.adapter.report.document.ReportDocument;
import se.omvarld.adapter.report.document.Section;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.RegimeClass;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.policy.Severity;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/** The compilation's findings in the document's language: Swedish words for every key the core gives a finding. */
class FindingWordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+)\\$s");

    @Test
    void every_key_a_finding_can_carry_has_a_swedish_phrase_that_takes_no_more_arguments_than_it_has() {
        List<WordingKey> findingKeys = Arrays.stream(WordingKey.values()).filter(k -> k.isFinding() || k.isRecord())
                .collect(Collectors.toList());

        assertThat(findingKeys).isNotEmpty().allSatisfy(key -> {
            FindingPhrase phrase = FindingPhrase.of(key).orElseThrow(() -> new AssertionError("no phrase: " + key));
            Matcher m = PLACEHOLDER.matcher(phrase.swedish());
            while (m.find()) {
                assertThat(Integer.parseInt(m.group(1))).as(key + " " + m.group()).isBetween(1, key.arity());
            }
        });
    }

    @Test
    void a_swedish_explanation_writes_countries_classes_and_days_in_swedish() {
        Finding finding = new Finding(RuleId.R2, Wording.of(WordingKey.RECORD_PARTNERSHIP,
                "partnership \"Kecskemét\" [p1]", "Kecskemét", "p1"), LocalDate.of(2024, 1, 1),
                Severity.BREACH, Wording.of(WordingKey.FINDING_R2_RECLASSIFIED, "Hungary (HU) was reclassified …",
                        CountryCode.of("HU"), RegimeClass.ELECTORAL_AUTOCRACY, 2024, "V-Dem v15",
                        LocalDate.of(2023, 3, 31)));

        assertThat(new Texts(ReportLanguage.SWEDISH).explanation(finding)).isEqualTo("Ungern klassades om till"
                + " valautokrati (klass 1) 2024 (V-Dem v15), efter demokratiplanen från den 31 mars 2023; planen gäller"
                + " fortfarande, se över den");
        assertThat(new Texts(ReportLanguage.ENGLISH).explanation(finding)).isEqualTo(finding.explanation());
        assertThat(new Texts(ReportLanguage.SWEDISH).record(finding)).isEqualTo("partnerskapet ”Kecskemét” [p1]");
    }

    @Test
    void a_period_is_written_in_whole_years_in_swedish() {
        assertThat(new Texts(ReportLanguage.SWEDISH).period(Period.ofYears(4))).isEqualTo("4 år");
    }

    @Test
    void a_finding_without_a_key_keeps_its_english_sentence() {
        Finding finding = new Finding(RuleId.R4, Wording.unkeyed("administration \"Skola\" [1494]"),
                LocalDate.of(2026, 1, 1), Severity.INFO, Wording.unkeyed("an English sentence"));

        assertThat(new Texts(ReportLanguage.SWEDISH).explanation(finding)).isEqualTo("an English sentence");
    }

    @Test
    void the_swedish_compilation_explains_every_finding_in_swedish() {
        List<String> swedish = explanations(DemoCompilation.lidkoping(ReportLanguage.SWEDISH));
        List<String> english = explanations(DemoCompilation.lidkoping(ReportLanguage.ENGLISH));

        assertThat(swedish).hasSameSizeAs(english).isNotEmpty();
        for (int i = 0; i < swedish.size(); i++) {
            assertThat(swedish.get(i)).as("finding %s", i).isNotEqualTo(english.get(i));
        }
        assertThat(swedish).anySatisfy(e -> assertThat(e).contains("varken inlämnad eller efterskänkt"));
    }

    @Test
    void the_swedish_compilation_names_the_record_of_every_finding_in_swedish() {
        List<String> records = section(DemoCompilation.lidkoping(ReportLanguage.SWEDISH)).tables().get(0).rows()
                .stream().map(row -> ((Cell.Text) row.get(2)).value()).collect(Collectors.toList());

        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r)
                .matches("(partnerskapet|projektet|förvaltningen|policyn|skyldigheten) .*"));
    }

    @Test
    void the_swedish_compilation_no_longer_says_its_findings_are_in_english() {
        Section findings = section(DemoCompilation.lidkoping(ReportLanguage.SWEDISH));

        assertThat(findings.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()))
                .noneMatch(text -> text.contains("engelska"));
    }

    private static List<String> explanations(ReportDocument document) {
        return section(document).tables().get(0).rows().stream()
                .map(row -> ((Cell.Text) row.get(row.size() - 1)).value()).collect(Collectors.toList());
    }

    private static Section section(ReportDocument document) {
        return document.sections().stream().filter(s -> s.id().equals("findings")).findFirst().orElseThrow();
    }
}
