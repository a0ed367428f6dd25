package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.omvarld.domain.shared.MunicipalityCode;

/** The service's profile folder is read as UTF-8 through the core's profile file reader. */
class ConfiguredProfilesTest {

    private static final String VANERSBORG = "# Vänersborg\nmunicipality.code=1487\n"
            + "policy.name=Vänersborgs kommun: Internationell policy\nrules=R5,R6\n";

    @Test
    void a_profile_file_in_utf8_keeps_its_swedish_letters(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("vanersborg.properties"), VANERSBORG, StandardCharsets.UTF_8);

        assertThat(ConfiguredProfiles.withFolder(folder).of(MunicipalityCode.of("1487")).orElseThrow().policyName())
                .isEqualTo("Vänersborgs kommun: Internationell policy");
    }

    @Test
    void a_profile_file_saved_as_latin1_is_refused_with_its_name_and_lines(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("vanersborg.properties"), VANERSBORG, StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ConfiguredProfiles.withFolder(folder))
                .hasMessageContaining("vanersborg.properties")
                .hasMessageContaining("line 3: policy.name is not UTF-8");
    }

    @Test
    void every_problem_of_a_file_is_named_with_its_line(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("broken.properties"), "municipality.code=1487\nrules=R5\nrules=R6\n"
                + "r8.visit-report-within=soon\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ConfiguredProfiles.withFolder(folder))
                .hasMessageContaining("broken.properties")
                .hasMessageContaining("line 3: rules is given twice: first on line 2")
                .hasMessageContaining("line 4: r8.visit-report-within 'soon' is not")
                .hasMessageContaining("policy.name is required");
    }
}
