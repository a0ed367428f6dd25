package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.Violation;

class AccessUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final MunicipalityCode LIDKOPING = MunicipalityCode.of("1494");
    private static final String ADMIN = "admin@lidkoping.se";

    private final Ports ports = TestPorts.on(TODAY);
    private final AccessUseCases access = new AccessUseCases(ports);
    private final Municipality lidkoping = Scenarios.registerLidkoping(ports);
    private int hashes;

    private String hash() {
        return String.format("%064x", ++hashes);
    }

    private AccessCommands.Issue issue(Role role, String owner, String unit) {
        return new AccessCommands.Issue(ADMIN, "1494", role, owner, unit, hash());
    }

    private String unit(String name) {
        return lidkoping.unitNamed(name).orElseThrow().id().value();
    }

    @Test
    void an_admin_issues_a_coordinators_token_with_an_id_from_the_port_created_now_and_audited() {
        Result<ApiToken> result = access.issue(issue(Role.COORDINATOR, "Anna Andersson", null));

        ApiToken token = result.value();
        assertThat(token.role()).isEqualTo(Role.COORDINATOR);
        assertThat(token.unit()).isEmpty();
        assertThat(token.isRevoked()).isFalse();
        assertThat(token.id()).matches(PartnershipCommands.UUID);
        assertThat(token.createdAt()).isEqualTo(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
        assertThat(ports.tokens().find(LIDKOPING, token.id())).contains(token);
        assertThat(ports.tokens().findByHash(token.hash())).contains(token);
        assertThat(ports.audit().of(LIDKOPING, "api-token", token.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("create");
            assertThat(e.version()).isEqualTo(1L);
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.change().english()).contains("coordinator").contains("Anna Andersson").doesNotContain(token.hash());
        });
    }

    @Test
    void the_audit_trail_says_an_admin_token() {
        ApiToken token = access.issue(issue(Role.ADMIN, "Anna Andersson", null)).value();

        assertThat(ports.audit().of(LIDKOPING, "api-token", token.id())).extracting(e -> e.change().english())
                .containsExactly("created an admin token for Anna Andersson");
    }

    @Test
    void a_unit_editors_token_names_one_of_the_municipalitys_units() {
        String unit = unit("Barn & Skola");

        ApiToken token = access.issue(issue(Role.UNIT_EDITOR, "Representative", unit)).value();

        assertThat(token.unit()).contains(UnitId.of(unit));
        assertThat(ports.audit().of(LIDKOPING, "api-token", token.id())).extracting(e -> e.change().english())
                .singleElement().asString().isEqualTo("created a unit editor token for Representative of unit " + unit);
    }

    @Test
    void a_unit_editor_without_a_unit_a_coordinator_with_one_and_an_unknown_unit_are_invalid_naming_unit() {
        var without = access.issue(issue(Role.UNIT_EDITOR, "Somebody", null));
        var coordinatorWithUnit = access.issue(issue(Role.COORDINATOR, "Somebody", unit("Biblioteket")));
        var unknown = access.issue(issue(Role.UNIT_EDITOR, "Somebody", "brandforsvaret"));
        var malformed = access.issue(issue(Role.UNIT_EDITOR, "Somebody", "Brand Försvaret"));

        for (var result : java.util.List.of(without, coordinatorWithUnit, unknown, malformed)) {
            assertThat(result).isInstanceOf(Result.Invalid.class);
            assertThat(((Result.Invalid<ApiToken>) result).violations()).extracting(Violation::field)
                    .containsExactly("unit");
        }
        assertThat(((Result.Invalid<ApiToken>) unknown).violations().get(0).reason()).contains("barn-skola");
        assertThat(ports.tokens().of(LIDKOPING)).isEmpty();
    }

    @Test
    void a_blank_owner_a_missing_role_and_a_malformed_hash_are_invalid_naming_each() {
        var result = access.issue(new AccessCommands.Issue(ADMIN, "1494", null, " ", null, "not-a-hash"));

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<ApiToken>) result).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("role", "owner", "hash");
    }

    @Test
    void a_token_of_an_unknown_municipality_is_not_found() {
        var result = access.issue(new AccessCommands.Issue(ADMIN, "0138", Role.VIEWER, "Somebody", null, hash()));

        assertThat(result).isEqualTo(new Result.NotFound<ApiToken>("municipality", "0138"));
        assertThat(access.list(MunicipalityCode.of("0138")))
                .isEqualTo(new Result.NotFound<>("municipality", "0138"));
    }

    @Test
    void the_list_has_every_token_revoked_ones_included_and_find_reads_one() {
        ApiToken viewer = access.issue(issue(Role.VIEWER, "Viewer", null)).value();
        ApiToken admin = access.issue(issue(Role.ADMIN, "Admin", null)).value();
        access.revoke(new AccessCommands.Revoke(ADMIN, "1494", viewer.id()));

        assertThat(access.list(LIDKOPING).value()).extracting(ApiToken::id)
                .containsExactlyInAnyOrder(viewer.id(), admin.id());
        assertThat(access.find(LIDKOPING, admin.id()).value()).isEqualTo(admin);
        assertThat(access.find(LIDKOPING, "00000000-0000-0000-0000-000000000000"))
                .isEqualTo(new Result.NotFound<>("token", "00000000-0000-0000-0000-000000000000"));
    }

    @Test
    void revoking_stamps_the_clocks_now_and_is_audited_once_revoking_again_changes_nothing() {
        ApiToken token = access.issue(issue(Role.VIEWER, "Soon revoked", null)).value();

        ApiToken revoked = access.revoke(new AccessCommands.Revoke(COORDINATOR, "1494", token.id())).value();
        Result<ApiToken> again = access.revoke(new AccessCommands.Revoke(ADMIN, "1494", token.id()));

        assertThat(revoked.revokedAt()).contains(token.createdAt());
        assertThat(again.value()).isEqualTo(revoked);
        assertThat(ports.tokens().find(LIDKOPING, token.id())).contains(revoked);
        assertThat(ports.audit().of(LIDKOPING, "api-token", token.id())).extracting(AuditEntry::action,
                AuditEntry::version, AuditEntry::actor).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("create", 1L, ADMIN),
                        org.assertj.core.groups.Tuple.tuple("revoke", 2L, COORDINATOR));
    }

    @Test
    void revoking_an_unknown_token_is_not_found_and_a_malformed_id_invalid() {
        assertThat(access.revoke(new AccessCommands.Revoke(ADMIN, "1494", "00000000-0000-0000-0000-000000000000")))
                .isEqualTo(new Result.NotFound<>("token", "00000000-0000-0000-0000-000000000000"));
        var malformed = access.revoke(new AccessCommands.Revoke(ADMIN, "1494", "not-a-uuid"));
        assertThat(((Result.Invalid<ApiToken>) malformed).violations()).extracting(Violation::field)
                .containsExactly("tokenId");
    }

    @Test
    void another_municipalitys_token_is_not_found_here() {
        Scenarios.registerTyreso(ports);
        ApiToken tyreso = access.issue(new AccessCommands.Issue(ADMIN, "0138", Role.VIEWER, "Tyresö viewer", null,
                hash())).value();

        assertThat(access.find(LIDKOPING, tyreso.id())).isInstanceOf(Result.NotFound.class);
        assertThat(access.revoke(new AccessCommands.Revoke(ADMIN, "1494", tyreso.id())))
                .isInstanceOf(Result.NotFound.class);
        assertThat(access.list(LIDKOPING).value()).isEmpty();
        assertThat(ports.tokens().find(MunicipalityCode.of("0138"), tyreso.id()).map(ApiToken::isRevoked))
                .isEqualTo(Optional.of(false));
    }

    @Test
    void the_command_never_shows_the_hash() {
        AccessCommands.Issue command = issue(Role.VIEWER, "Somebody", null);

        assertThat(command.toString()).doesNotContain(command.hash());
    }
}
