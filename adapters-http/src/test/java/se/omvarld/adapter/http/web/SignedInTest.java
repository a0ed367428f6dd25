package se.omvarld.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;

class SignedInTest {

    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    private static final Optional<UnitId> LIBRARY = Optional.of(UnitId.of("biblioteket"));
    private static final Optional<UnitId> SCHOOL = Optional.of(UnitId.of("barn-skola"));

    private static SignedIn as(Role role, Optional<UnitId> unit) {
        return new SignedIn("a-1", "Sara", LIDKOPING, role, unit);
    }

    @Test
    void a_unit_editor_sees_and_changes_its_own_units_records_only() {
        SignedIn editor = as(Role.UNIT_EDITOR, LIBRARY);

        assertThat(editor.sees(LIBRARY)).isTrue();
        assertThat(editor.mayEdit(LIBRARY)).isTrue();
        assertThat(editor.sees(SCHOOL)).isFalse();
        assertThat(editor.mayEdit(SCHOOL)).isFalse();
        assertThat(editor.mayEdit(Optional.empty())).as("the municipality's own records").isFalse();
    }

    @Test
    void a_coordinator_and_an_admin_see_and_change_every_record() {
        for (Role role : new Role[] {Role.COORDINATOR, Role.ADMIN}) {
            SignedIn whole = as(role, Optional.empty());
            assertThat(whole.sees(SCHOOL) && whole.mayEdit(SCHOOL) && whole.mayEdit(Optional.empty())).isTrue();
        }
    }

    @Test
    void a_viewer_sees_every_record_and_changes_none() {
        SignedIn viewer = as(Role.VIEWER, Optional.empty());

        assertThat(viewer.sees(SCHOOL)).isTrue();
        assertThat(viewer.mayEdit(SCHOOL)).isFalse();
        assertThat(viewer.mayEdit(Optional.empty())).isFalse();
    }

    @Test
    void the_audit_trail_names_the_person_and_the_account() {
        assertThat(as(Role.COORDINATOR, Optional.empty()).actor()).isEqualTo("Sara (account a-1)");
    }
}
