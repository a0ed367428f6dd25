package se.omvarld.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.policy.PolicyProfileFile.InvalidFile;
import se.omvarld.domain.policy.PolicyProfileFile.Problem;
import se.omvarld.domain.shared.MunicipalityCode;

class PolicyProfileFileTest {

    /** A fifth municipality's file as it would write it: Swedish comments and names, blank lines, a BOM-free UTF-8. */
    private static final String VANERSBORG = """
            # Vänersborgs kommun: internationell policy, antagen av kommunfullmäktige
            ! (ett utkast; åäö i kommentarer är tillåtna)

            municipality.code = 1487
            policy.name=Vänersborgs kommun: Internationell policy för Trollhättan–Vänersborg = samverkan
            rules=R5,R6,R10
            r6.annual-report-section-due=--02-28
            r10.strategy-adopted-on=2024-06-19
            """;

    @Test
    void a_swedish_file_in_utf8_round_trips_with_its_letters() throws IOException {
        PolicyProfile fromBytes = PolicyProfileFile.read(utf8(VANERSBORG));
        PolicyProfile fromReader = PolicyProfileFile.read(new StringReader(VANERSBORG));

        assertThat(fromBytes.policyName())
                .isEqualTo("Vänersborgs kommun: Internationell policy för Trollhättan–Vänersborg = samverkan")
                .startsWith("Vänersborgs kommun");
        assertThat(fromBytes.municipality()).isEqualTo(MunicipalityCode.of("1487"));
        assertThat(fromBytes.rules()).containsExactlyInAnyOrder(RuleId.R5, RuleId.R6, RuleId.R10);
        assertThat(fromBytes.annualReportSectionDue()).isEqualTo(MonthDay.of(2, 28));
        assertThat(fromBytes.strategyAdoptedOn()).contains(LocalDate.of(2024, 6, 19));
        assertThat(fromReader).isEqualTo(fromBytes);
    }

    @Test
    void the_trap_this_reader_avoids_properties_load_of_bytes_is_iso_8859_1() throws IOException {
        Properties properties = new Properties();
        properties.load(utf8(VANERSBORG));

        assertThat(properties.getProperty("policy.name")).startsWith("VÃ¤nersborgs");
    }

    @Test
    void a_file_written_by_format_reads_back_as_the_same_profile() throws IOException {
        for (PolicyProfile shipped : PolicyProfiles.all()) {
            StringBuilder file = new StringBuilder("# ").append(shipped.policyName()).append('\n');
            PolicyProfileSettings.format(shipped).forEach((k, v) -> file.append(k).append('=').append(v).append('\n'));

            assertThat(PolicyProfileFile.read(utf8(file.toString()))).as(shipped.policyName()).isEqualTo(shipped);
        }
    }

    @Test
    void a_byte_order_mark_and_windows_line_ends_are_read() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = VANERSBORG.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        assertThat(PolicyProfileFile.read(new ByteArrayInputStream(file)).municipality())
                .isEqualTo(MunicipalityCode.of("1487"));
        assertThat(PolicyProfileFile.read(new StringReader("\uFEFF" + VANERSBORG)).municipality())
                .isEqualTo(MunicipalityCode.of("1487"));
    }

    @Test
    void a_bad_value_names_its_key_and_line() {
        InvalidFile e = invalid(VANERSBORG + "r14.minimum-self-financing-share=1.5\n");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.key()).isEqualTo("r14.minimum-self-financing-share");
            assertThat(p.reason()).startsWith("'1.5' is not a decimal");
        });
        assertThat(e).hasMessageContaining("line 9: r14.minimum-self-financing-share '1.5' is not");
    }

    @Test
    void an_unknown_key_names_its_line() {
        InvalidFile e = invalid(VANERSBORG.replace("rules=", "ruels="));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.key()).isEqualTo("ruels");
            assertThat(p.reason()).startsWith("is not a policy setting");
        });
    }

    @Test
    void missing_municipality_code_and_policy_name_are_named() {
        InvalidFile e = invalid("rules=R5\n");

        assertThat(e.problems()).extracting(Problem::key).containsExactly("municipality.code", "policy.name");
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.reason()).startsWith("is required");
        });
        assertThat(e).hasMessageContaining("municipality.code is required").hasMessageContaining(
                "policy.name is required");
    }

    @Test
    void a_key_given_twice_is_named_with_both_lines() {
        InvalidFile e = invalid(VANERSBORG + "rules=R6\n");

        assertThat(e.problems()).singleElement()
                .isEqualTo(new Problem(9, "rules", "is given twice: first on line 6"));
    }

    @Test
    void every_problem_is_reported_at_once_in_the_order_of_the_file() {
        InvalidFile e = invalid("""
                municipality.code=14
                rules=R5,R99
                colour=blue
                rules=R6
                just some words
                =nothing
                """);

        assertThat(e.problems()).extracting(Problem::line, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "municipality.code"),
                org.assertj.core.groups.Tuple.tuple(2, "rules"),
                org.assertj.core.groups.Tuple.tuple(3, "colour"),
                org.assertj.core.groups.Tuple.tuple(4, "rules"),
                org.assertj.core.groups.Tuple.tuple(5, ""),
                org.assertj.core.groups.Tuple.tuple(6, ""),
                org.assertj.core.groups.Tuple.tuple(0, "policy.name"));
        assertThat(e.problems().get(1).reason()).contains("'R99'");
    }

    @Test
    void bytes_that_are_not_utf8_are_an_error_on_their_line_not_mojibake() {
        byte[] latin1 = VANERSBORG.getBytes(StandardCharsets.ISO_8859_1);

        InvalidFile e = catchThrowableOfType(InvalidFile.class,
                () -> PolicyProfileFile.read(new ByteArrayInputStream(latin1)));

        assertThat(e.problems()).extracting(Problem::line).containsExactly(1, 2, 5);
        assertThat(e.problems().get(2).key()).isEqualTo("policy.name");
        assertThat(e.problems().get(2).reason()).contains("not UTF-8");
        assertThat(e.problems()).noneMatch(p -> p.reason().contains("is required"));
    }

    @Test
    void text_decoded_with_replacement_characters_is_refused() {
        InvalidFile e = invalid(VANERSBORG.replace("Vänersborgs kommun: I", "V\uFFFDnersborgs kommun: I"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.key()).isEqualTo("policy.name");
        });
    }

    @Test
    void escapes_and_continuation_lines_are_refused_rather_than_read_differently() {
        InvalidFile e = invalid(VANERSBORG.replace("rules=R5,R6,R10", "rules=R5,\\\n  R6"));

        assertThat(e.problems()).extracting(Problem::line).containsExactly(6, 7);
        assertThat(e.problems().get(0).reason()).contains("continuation lines are not supported");
    }

    @Test
    void a_settings_message_that_names_no_key_is_kept_whole_rather_than_lost() {
        assertThat(PolicyProfileFile.attribute("invalid policy settings: the rules contradict each other",
                java.util.Set.of("rules"), java.util.Map.of("rules", 3)))
                .containsExactly(new Problem(0, "", "invalid policy settings: the rules contradict each other"));
        assertThat(PolicyProfileFile.attribute("invalid policy settings for 1487: rules has 'R99', which is not among"
                + " rule ids; x; colour is not a policy setting", java.util.Set.of("rules", "colour"),
                java.util.Map.of("rules", 3, "colour", 5)))
                .containsExactly(new Problem(3, "rules", "has 'R99', which is not among rule ids; x"),
                        new Problem(5, "colour", "is not a policy setting"));
    }

    private static InvalidFile invalid(String file) {
        InvalidFile fromReader = catchThrowableOfType(InvalidFile.class,
                () -> PolicyProfileFile.read(new StringReader(file)));
        InvalidFile fromBytes = catchThrowableOfType(InvalidFile.class, () -> PolicyProfileFile.read(utf8(file)));
        assertThat(fromReader).as("the file is refused").isNotNull();
        assertThat(fromBytes.problems()).isEqualTo(fromReader.problems());
        return fromReader;
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
