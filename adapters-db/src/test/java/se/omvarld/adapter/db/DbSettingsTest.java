package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DbSettingsTest {

    @Test
    void without_variables_the_service_uses_an_h2_file_database_under_the_working_directory() {
        DbSettings settings = DbSettings.fromEnvironment(Map.of());

        assertThat(settings.url())
                .isEqualTo("jdbc:h2:file:./data/omvarld;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                        + ";DB_CLOSE_ON_EXIT=FALSE");
        assertThat(settings.vendor()).isEqualTo(DbSettings.Vendor.H2);
        assertThat(settings.user()).isEqualTo("sa");
        assertThat(settings.password()).isEmpty();
        assertThat(settings.poolSize()).isEqualTo(10);
        assertThat(settings.schema()).isEmpty();
        assertThat(settings).isEqualTo(DbSettings.defaults());
    }

    @Test
    void an_embedded_file_database_is_left_open_at_exit_for_the_service_to_close_and_compact() {
        assertThat(new DbSettings("jdbc:h2:./data/x", "sa", "", 1, Optional.empty()).url())
                .isEqualTo("jdbc:h2:./data/x;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(new DbSettings("jdbc:h2:file:./x;db_close_on_exit=true", "sa", "", 1, Optional.empty()).url())
                .as("a URL that says otherwise is kept").isEqualTo("jdbc:h2:file:./x;db_close_on_exit=true");
        assertThat(DbSettings.inMemory("x").url()).doesNotContain("DB_CLOSE_ON_EXIT");
        assertThat(new DbSettings("jdbc:h2:tcp://localhost/x", "sa", "", 1, Optional.empty()).embeddedFile())
                .isFalse();
    }

    @Test
    void every_variable_is_read() {
        DbSettings settings = DbSettings.fromEnvironment(Map.of(
                "OMVARLD_DB_URL", "jdbc:postgresql://db.example.se:5432/omvarld",
                "OMVARLD_DB_USER", "omvarld",
                "OMVARLD_DB_PASSWORD", "hemligt",
                "OMVARLD_DB_POOL_SIZE", "25",
                "OMVARLD_DB_SCHEMA", "register"));

        assertThat(settings).isEqualTo(new DbSettings("jdbc:postgresql://db.example.se:5432/omvarld", "omvarld",
                "hemligt", 25, Optional.of("register")));
        assertThat(settings.vendor()).isEqualTo(DbSettings.Vendor.POSTGRESQL);
    }

    @Test
    void an_empty_password_is_allowed() {
        assertThat(DbSettings.fromEnvironment(Map.of("OMVARLD_DB_PASSWORD", "")).password()).isEmpty();
    }

    @Test
    void a_url_of_another_database_is_rejected_naming_the_variable() {
        assertThatThrownBy(() -> DbSettings.fromEnvironment(Map.of("OMVARLD_DB_URL", "jdbc:mysql://localhost/x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OMVARLD_DB_URL")
                .hasMessageContaining("jdbc:mysql://localhost/x");
    }

    @Test
    void a_pool_size_that_is_not_a_number_is_rejected_naming_the_variable() {
        assertThatThrownBy(() -> DbSettings.fromEnvironment(Map.of("OMVARLD_DB_POOL_SIZE", "ten")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OMVARLD_DB_POOL_SIZE must be a whole number from 1 to 200, was 'ten'");
    }

    @Test
    void a_pool_size_out_of_range_is_rejected_naming_the_variable() {
        assertThatThrownBy(() -> DbSettings.fromEnvironment(Map.of("OMVARLD_DB_POOL_SIZE", "0")))
                .hasMessageContaining("OMVARLD_DB_POOL_SIZE");
        assertThatThrownBy(() -> DbSettings.fromEnvironment(Map.of("OMVARLD_DB_POOL_SIZE", "201")))
                .hasMessageContaining("OMVARLD_DB_POOL_SIZE");
    }

    @Test
    void a_schema_that_is_not_a_plain_lower_case_name_is_rejected_naming_the_variable() {
        assertThatThrownBy(() -> DbSettings.fromEnvironment(Map.of("OMVARLD_DB_SCHEMA", "x; drop table y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OMVARLD_DB_SCHEMA");
        assertThatThrownBy(() -> DbSettings.fromEnvironment(Map.of("OMVARLD_DB_SCHEMA", "Register")))
                .hasMessageContaining("OMVARLD_DB_SCHEMA");
    }

    @Test
    void a_variable_set_but_blank_is_rejected_naming_it() {
        assertThatThrownBy(() -> DbSettings.fromEnvironment(Map.of("OMVARLD_DB_USER", "  ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OMVARLD_DB_USER is set but blank; unset it to use the default");
    }

    @Test
    void the_password_never_shows() {
        DbSettings settings = DbSettings.fromEnvironment(Map.of("OMVARLD_DB_PASSWORD", "hemligt"));

        assertThat(settings.toString()).doesNotContain("hemligt").contains("password=***");
    }

    @Test
    void in_memory_settings_keep_the_database_while_the_jvm_runs_and_carry_the_h2_flags() {
        DbSettings settings = DbSettings.inMemory("kit");

        assertThat(settings.url()).startsWith("jdbc:h2:mem:kit;DB_CLOSE_DELAY=-1")
                .endsWith(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
