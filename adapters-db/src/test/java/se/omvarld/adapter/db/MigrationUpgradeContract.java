package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.contract.SameAggregate.assertSameMunicipality;
import static se.omvarld.contract.SameAggregate.assertSamePartnership;
import static se.omvarld.contract.SameAggregate.assertSameProject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.OrganisationNumber;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipSummary;
import se.omvarld.port.ProjectQuery;
import se.omvarld.testkit.Fixtures;

/**
 * An upgrade: a database created by the first migration set (V1 only), holding a register written with plain SQL
 * as the V1 application would have, then migrated to V4 and given what only V2 could hold (a project, obligation
 * records) as the application wrote them before V5, is migrated to the latest version and read back through the
 * repositories. V5 gives committees their ids (two of whose names collide), moves the analysis and democracy plan
 * into tables of their own, turns a project's committee name into its id and drops R14 from grant follow-up keys.
 * V8 gives units their ids (two of whose names collide) and turns a project's owning unit name into its id, and a
 * unit renamed after the upgrade keeps its project. V9 adds the API tokens: the upgraded register takes them, and its
 * partnerships and projects are listed by the one-statement lists. V10 adds the organisation number: the upgraded
 * municipality has none until one is recorded. V12 adds the web app's user accounts (their checks are proven
 * by a test of their own).
 */
abstract class MigrationUpgradeContract {

    /** Settings of a fresh, empty database (or schema) no other test uses. */
    protected abstract DbSettings freshDatabase();

    private static final MunicipalityCode CODE = MunicipalityCode.of("1494");
    private static final UUID PARTNER = UUID.fromString("0d3c8e1a-53a4-4c56-9f41-6a1a2b3c4d5e");
    private static final UUID PARTNERSHIP = UUID.fromString("1f0e9d8c-7b6a-4594-8372-615049382716");
    private static final UUID PROJECT = UUID.fromString("2a1b0c9d-8e7f-4a6b-9c5d-4e3f2a1b0c9d");
    private static final UUID GRANT = UUID.fromString("3b2c1d0e-9f8a-4b7c-8d6e-5f4a3b2c1d0e");
    private static final Instant CHANGED_AT = Instant.parse("2025-02-12T13:45:10.250001Z");
    private static final List<String> COMMITTEES = List.of("Barn- och utbildningsnämnden", "Miljönämnden",
            "Miljonämnden");
    /** The units as version 1 stored them, in order: name, kind, administration. */
    private static final List<List<String>> UNITS = List.of(
            List.of("De la Gardiegymnasiet", "SCHOOL", "Barn- och utbildningsförvaltningen"),
            List.of("Särskolan", "SCHOOL", "Barn- och utbildningsförvaltningen"),
            List.of("Sarskolan", "SCHOOL", "Miljöförvaltningen"));
    private static final UnitId UPPER_SECONDARY_SCHOOL = UnitId.of("de-la-gardiegymnasiet");

    @Test
    void a_register_written_by_version_1_is_read_back_after_migrating_to_the_latest_version() throws SQLException {
        DbSettings settings = freshDatabase();
        assertThat(Migrations.migrateTo(settings, "1")).isEqualTo(1);
        writeVersion1Register(settings);
        assertThat(Migrations.migrateTo(settings, "4")).isPositive();
        writeVersion4Register(settings);

        try (Database database = Database.start(settings)) {
            JooqPersistence persistence = database.persistence();
            long upgraded = persistence.municipalities().registerVersion(CODE);
            assertThat(upgraded).as("the versions of what the upgrade kept").isPositive();

            assertSameMunicipality(persistence.municipalities().find(CODE).orElseThrow(), expectedMunicipality());
            assertThat(persistence.partners().find(CODE, new PartnerId(PARTNER))).contains(expectedPartner());
            assertSamePartnership(persistence.partnerships().find(CODE, new PartnershipId(PARTNERSHIP))
                    .orElseThrow(), expectedPartnership());
            assertSameProject(persistence.projects().find(CODE, new ProjectId(PROJECT)).orElseThrow(),
                    expectedProject());
            assertThat(persistence.obligations().find(CODE, ObligationKeys.grantFollowUp(new GrantId(GRANT))))
                    .get().extracting(ObligationRecord::status).isEqualTo(ObligationStatus.SUBMITTED);
            assertThat(persistence.obligations().find(CODE, ObligationKey.of("R14", "grant-follow-up",
                    GRANT.toString()))).isEmpty();
            assertThat(persistence.obligations().find(CODE, ObligationKeys.annualReportSection(2025,
                    Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID))).get().extracting(ObligationRecord::note)
                    .isEqualTo("Avsnitt i årsredovisningen 2025");
            assertThat(persistence.audit().of(CODE, "Partnership", PARTNERSHIP.toString())).containsExactly(
                    new AuditEntry(CODE, "anna.lindqvist", CHANGED_AT, "Partnership", PARTNERSHIP.toString(), 2,
                            "activated", Wording.unkeyed("status: PROPOSED → ACTIVE (KS 2025/0042)")));

            // ... and the upgraded database takes new writes on the old data and in the new tables.
            Partnership reviewed = persistence.partnerships().save(expectedPartnership()
                    .putUnderReview(Decision.unreferenced(Body.executiveBoard(), LocalDate.of(2026, 1, 15)))
                    .value());
            assertThat(reviewed.version()).isEqualTo(3);
            Partnership analysedAgain = persistence.partnerships().save(reviewed.recordAnalysis(
                    Fixtures.analysis(LocalDate.of(2026, 1, 20))).value());
            assertSamePartnership(persistence.partnerships().find(CODE, new PartnershipId(PARTNERSHIP))
                    .orElseThrow(), analysedAgain);
            assertThat(analysedAgain.analyses()).hasSize(2);
            Project project = persistence.projects().save(Fixtures.project(CODE, "Vänortsutbyte Kecskemét"));
            assertThat(persistence.projects().all(CODE)).extracting(Project::id)
                    .containsExactly(new ProjectId(PROJECT), project.id());
            Municipality renamed = persistence.municipalities().save(persistence.municipalities().find(CODE)
                    .orElseThrow().renameCommittee(Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID,
                            "Utbildningsnämnden").value());
            assertSameMunicipality(persistence.municipalities().find(CODE).orElseThrow(), renamed);
            Municipality unitRenamed = persistence.municipalities().save(renamed.renameUnit(UPPER_SECONDARY_SCHOOL,
                    "De la Gardiegymnasiet och Campus Lidköping").value());
            assertSameMunicipality(persistence.municipalities().find(CODE).orElseThrow(), unitRenamed);
            Project owned = persistence.projects().find(CODE, new ProjectId(PROJECT)).orElseThrow();
            assertThat(owned.owningUnit()).isEqualTo(UPPER_SECONDARY_SCHOOL);
            assertThat(unitRenamed.unitName(owned.owningUnit()))
                    .isEqualTo("De la Gardiegymnasiet och Campus Lidköping");
            assertThat(persistence.municipalities().registerVersion(CODE)).as("raised by each of the five saves")
                    .isEqualTo(upgraded + 5);

            // V9: the upgraded register is listed by the one-statement lists, and takes API tokens.
            assertThat(persistence.partnerships().list(CODE, PartnershipQuery.all(), PageRequest.first(10)).items())
                    .extracting(PartnershipSummary::id, PartnershipSummary::partnerName,
                            PartnershipSummary::activatedOn)
                    .containsExactly(tuple(new PartnershipId(PARTNERSHIP), expectedPartner().name(),
                            expectedPartnership().activatedOn()));
            assertThat(persistence.projects().list(CODE, ProjectQuery.all(), PageRequest.first(10)).total())
                    .isEqualTo(2);
            ApiToken token = persistence.tokens().save(ApiToken.issue("upgrade-token", CODE, Role.UNIT_EDITOR,
                    Optional.of(UPPER_SECONDARY_SCHOOL), "Rektor", "0123456789abcdef".repeat(4), CHANGED_AT));
            assertThat(persistence.tokens().findByHash(token.hash())).contains(token);

            // V10: the upgraded municipality has no organisation number until one is recorded.
            Municipality current = persistence.municipalities().find(CODE).orElseThrow();
            assertThat(current.organisationNumber()).isEmpty();
            Municipality identified = persistence.municipalities().save(current.identifiedBy(
                    OrganisationNumber.parse("212000-9994")).value());
            assertSameMunicipality(persistence.municipalities().find(CODE).orElseThrow(), identified);
        }
    }

    @Test
    void the_schema_refuses_an_organisation_number_outside_the_municipalities_series() throws SQLException {
        DbSettings settings = freshDatabase();
        Migrations.migrate(settings);
        String schema = settings.schema().map(s -> s + ".").orElse("");
        String municipality = "insert into " + schema + "municipality (code, name, registered_on, version,"
                + " organisation_number) values (?, ?, ?, ?, ?)";
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            insert(c, municipality, CODE.value(), "Lidköpings kommun", LocalDate.of(2026, 1, 1), 1L, "2120009994");
            int code = 1;
            for (String bad : List.of("5560360793", "212000999", "21200O9994", "212000-999")) {
                Object[] values = {String.format("%04d", code++), "Kommun " + bad, LocalDate.of(2026, 1, 1), 1L,
                    bad};
                assertThatThrownBy(() -> insert(c, municipality, values)).as("organisation number '%s'", bad)
                        .isInstanceOf(SQLException.class).hasMessageContaining("municipality_organisation_number_ck");
            }
        }
    }

    @Test
    void the_schema_refuses_a_unit_id_that_is_not_lower_case_words_joined_by_single_dashes() throws SQLException {
        DbSettings settings = freshDatabase();
        Migrations.migrate(settings);
        String schema = settings.schema().map(s -> s + ".").orElse("");
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            insert(c, "insert into " + schema + "municipality (code, name, registered_on, version)"
                    + " values (?, ?, ?, ?)", CODE.value(), "Lidköpings kommun", LocalDate.of(2026, 1, 1), 1L);
            insert(c, "insert into " + schema + "municipality_committee (municipality_code, ordinal, name,"
                    + " committee_id) values (?, ?, ?, ?)", CODE.value(), 0, "Kommunstyrelsen", "kommunstyrelsen");
            insert(c, "insert into " + schema + "municipality_administration (municipality_code, name, ordinal,"
                    + " committee_id) values (?, ?, ?, ?)", CODE.value(), "Kommunledningskontoret", 0,
                    "kommunstyrelsen");
            String unit = "insert into " + schema + "municipality_unit (municipality_code, name, ordinal, kind,"
                    + " administration, unit_id) values (?, ?, ?, ?, ?, ?)";
            insert(c, unit, CODE.value(), "Intern Service", 0, "UNIT", "Kommunledningskontoret", "intern-service-2");
            assertThatThrownBy(() -> insert(c, unit, CODE.value(), "Intern service", 1, "UNIT",
                    "Kommunledningskontoret", "intern-service-2")).as("a second unit with the same id")
                    .isInstanceOf(SQLException.class);
            int ordinal = 2;
            for (String bad : List.of("Intern", "intern--service", "-intern", "intern-", "intern_service",
                    "intern service", "särskolan", "")) {
                Object[] values = {CODE.value(), "Enhet " + ordinal, ordinal++, "UNIT", "Kommunledningskontoret", bad};
                assertThatThrownBy(() -> insert(c, unit, values)).as("unit id '%s'", bad)
                        .isInstanceOf(SQLException.class).hasMessageContaining("municipality_unit_id_ck");
            }
        }
    }

    @Test
    void the_schema_refuses_a_token_whose_unit_does_not_match_its_role_or_whose_hash_is_not_sha_256_hex()
            throws SQLException {
        DbSettings settings = freshDatabase();
        Migrations.migrate(settings);
        String schema = settings.schema().map(s -> s + ".").orElse("");
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            insert(c, "insert into " + schema + "municipality (code, name, registered_on, version)"
                    + " values (?, ?, ?, ?)", CODE.value(), "Lidköpings kommun", LocalDate.of(2026, 1, 1), 1L);
            String token = "insert into " + schema + "api_token (municipality_code, id, role, unit_id, owner, hash,"
                    + " created_at) values (?, ?, ?, ?, ?, ?, ?)";
            Object at = CHANGED_AT.atOffset(ZoneOffset.UTC);
            String hash = "0123456789abcdef".repeat(4);
            insert(c, token, CODE.value(), "t-1", "UNIT_EDITOR", "biblioteket", "Anna", hash, at);
            assertThatThrownBy(() -> insert(c, token, CODE.value(), "t-2", "VIEWER", null, "Anna", hash, at))
                    .as("a second token with the same hash").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> insert(c, token, CODE.value(), "t-3", "UNIT_EDITOR", null, "Anna",
                    "1" + hash.substring(1), at)).as("a unit editor without a unit")
                    .isInstanceOf(SQLException.class).hasMessageContaining("api_token_unit_ck");
            assertThatThrownBy(() -> insert(c, token, CODE.value(), "t-4", "COORDINATOR", "biblioteket", "Anna",
                    "2" + hash.substring(1), at)).as("a coordinator with a unit")
                    .isInstanceOf(SQLException.class).hasMessageContaining("api_token_unit_ck");
            for (String bad : List.of(hash.toUpperCase(), hash.substring(1), hash + "0", "g" + hash.substring(1))) {
                assertThatThrownBy(() -> insert(c, token, CODE.value(), "t-5", "VIEWER", null, "Anna", bad, at))
                        .as("hash '%s'", bad).isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void the_schema_refuses_an_account_with_a_taken_or_upper_case_address_a_mismatched_unit_or_no_hash()
            throws SQLException {
        DbSettings settings = freshDatabase();
        Migrations.migrate(settings);
        String schema = settings.schema().map(s -> s + ".").orElse("");
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            insert(c, "insert into " + schema + "municipality (code, name, registered_on, version)"
                    + " values (?, ?, ?, ?)", CODE.value(), "Lidköpings kommun", LocalDate.of(2026, 1, 1), 1L);
            insert(c, "insert into " + schema + "municipality (code, name, registered_on, version)"
                    + " values (?, ?, ?, ?)", "0138", "Tyresö kommun", LocalDate.of(2026, 1, 1), 1L);
            String account = "insert into " + schema + "user_account (municipality_code, id, email, name, role,"
                    + " unit_id, password_hash, language, weekly_digest, created_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            Object at = CHANGED_AT.atOffset(ZoneOffset.UTC);
            String hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
            insert(c, account, CODE.value(), "a-1", "anna@lidkoping.se", "Anna", "UNIT_EDITOR", "biblioteket", hash,
                    "SWEDISH", false, at, 1L);
            assertThatThrownBy(() -> insert(c, account, "0138", "a-2", "anna@lidkoping.se", "Anna", "VIEWER", null,
                    hash, "SWEDISH", false, at, 1L)).as("the same address in another municipality")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> insert(c, account, CODE.value(), "a-3", "Bo@lidkoping.se", "Bo", "VIEWER", null,
                    hash, "SWEDISH", false, at, 1L)).as("an address in upper case")
                    .isInstanceOf(SQLException.class).hasMessageContaining("user_account_email_ck");
            assertThatThrownBy(() -> insert(c, account, CODE.value(), "a-4", "bo@lidkoping.se", "Bo", "UNIT_EDITOR",
                    null, hash, "SWEDISH", false, at, 1L)).as("a unit editor without a unit")
                    .isInstanceOf(SQLException.class).hasMessageContaining("user_account_unit_ck");
            assertThatThrownBy(() -> insert(c, account, CODE.value(), "a-5", "bo@lidkoping.se", "Bo", "COORDINATOR",
                    "biblioteket", hash, "SWEDISH", false, at, 1L)).as("a coordinator with a unit")
                    .isInstanceOf(SQLException.class).hasMessageContaining("user_account_unit_ck");
            assertThatThrownBy(() -> insert(c, account, CODE.value(), "a-6", "bo@lidkoping.se", "Bo", "VIEWER", null,
                    "hunter2hunter2", "SWEDISH", false, at, 1L)).as("a password instead of its hash")
                    .isInstanceOf(SQLException.class).hasMessageContaining("user_account_password_hash_ck");
        }
    }

    @Test
    void the_schema_refuses_a_committee_id_that_is_not_lower_case_words_joined_by_single_dashes()
            throws SQLException {
        DbSettings settings = freshDatabase();
        Migrations.migrate(settings);
        String schema = settings.schema().map(s -> s + ".").orElse("");
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            insert(c, "insert into " + schema + "municipality (code, name, registered_on, version)"
                    + " values (?, ?, ?, ?)", CODE.value(), "Lidköpings kommun", LocalDate.of(2026, 1, 1), 1L);
            insert(c, "insert into " + schema + "municipality_committee (municipality_code, ordinal, name,"
                    + " committee_id) values (?, ?, ?, ?)", CODE.value(), 0, "Kommunstyrelsen", "kommunstyrelsen-2");
            int ordinal = 1;
            for (String bad : List.of("Barn", "barn--och", "-barn", "barn-", "barn_och", "barn och", "miljö", "")) {
                String name = "Nämnd " + ordinal;
                Object[] values = {CODE.value(), ordinal++, name, bad};
                assertThatThrownBy(() -> insert(c, "insert into " + schema + "municipality_committee"
                        + " (municipality_code, ordinal, name, committee_id) values (?, ?, ?, ?)", values))
                        .as("committee id '%s'", bad).isInstanceOf(SQLException.class)
                        .hasMessageContaining("municipality_committee_id_ck");
            }
        }
    }

    private static Municipality expectedMunicipality() {
        List<Committee> committees = Committee.named(COMMITTEES);
        assertThat(committees).extracting(c -> c.id().value()).first()
                .isEqualTo(Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID.value());
        assertThat(committees.get(1).id()).isNotEqualTo(committees.get(2).id());
        return Municipality.restore(CODE, "Lidköpings kommun", committees,
                List.of(new Administration("Barn- och utbildningsförvaltningen", committees.get(0).id(),
                                Optional.of(new Representative("Anna Lindqvist", "Utvecklingsledare"))),
                        new Administration("Miljöförvaltningen", committees.get(2).id(), Optional.empty())),
                expectedUnits(), LocalDate.of(2025, 1, 1), Optional.empty(), 1);
    }

    private static List<Unit> expectedUnits() {
        List<Unit> units = Unit.named(UNITS.stream()
                .map(u -> new Unit.Draft(u.get(0), UnitKind.valueOf(u.get(1)), u.get(2))).toList());
        assertThat(units.get(0).id()).isEqualTo(UPPER_SECONDARY_SCHOOL);
        assertThat(List.of(units.get(1), units.get(2))).extracting(u -> u.id().value()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("sarskolan-"));
        return units;
    }

    private static Partner expectedPartner() {
        return new Partner(new PartnerId(PARTNER), CODE, PartnerKind.MUNICIPALITY, "Kecskemét",
                CountryCode.of("HU"), "Kecskemét", 1);
    }

    private static Partnership expectedPartnership() {
        return Partnership.restore(new PartnershipId(PARTNERSHIP), CODE, new PartnerId(PARTNER), CountryCode.of("HU"),
                PartnershipKind.TWIN_TOWN, "Vänort Kecskemét", EnumSet.of(Area.EDUCATION, Area.CULTURE),
                EnumSet.of(FundingSource.MUNICIPALITY), Set.of(), LocalDate.of(2024, 11, 4),
                PartnershipStatus.ACTIVE,
                List.of(new StatusChange(PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE,
                        Decision.of(Body.executiveBoard(), LocalDate.of(2025, 2, 12), "KS 2025/0042"))),
                List.of(BenefitRiskAnalysis.of("Utbyte inom skola och kultur",
                        List.of("Två lärarutbyten per år", "En gemensam kulturvecka"), "Vänort sedan 2004",
                        "Kompetensutveckling", "Resor", LocalDate.of(2025, 1, 15))),
                List.of(new DemocracyPlan("Demokratifrågor tas upp vid varje utbyte", LocalDate.of(2025, 1, 29))),
                true, 2);
    }

    private static Project expectedProject() {
        return Project.builder().id(new ProjectId(PROJECT)).municipality(CODE).title("Elevutbyte Kecskemét")
                .kind(ProjectKind.EXCHANGE)
                .owner(UPPER_SECONDARY_SCHOOL, Fixtures.CHILDREN_AND_EDUCATION_COMMITTEE_ID)
                .participants(List.of("De la Gardiegymnasiet"))
                .budget(new Budget(Money.sek("30000"), Money.sek("0"), Money.sek("30000")))
                .externalFundingExplored(true).budgetedInUnitPlan(true).registeredOn(LocalDate.of(2025, 3, 3))
                .version(1).build();
    }

    /** What only the V2 tables could hold, as the application wrote it before V5. */
    private static void writeVersion4Register(DbSettings settings) throws SQLException {
        String schema = settings.schema().map(s -> s + ".").orElse("");
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            c.setAutoCommit(false);
            insert(c, "insert into " + schema + "project (municipality_code, id, title, kind, owning_unit,"
                    + " committee, budget_total, budget_total_currency, budget_external, budget_external_currency,"
                    + " budget_own, budget_own_currency, external_funding_explored, budgeted_in_unit_plan,"
                    + " registered_on, status, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    CODE.value(), PROJECT, "Elevutbyte Kecskemét", "EXCHANGE", "De la Gardiegymnasiet",
                    "Barn- och utbildningsnämnden", new BigDecimal("30000.00"), "SEK", new BigDecimal("0.00"), "SEK",
                    new BigDecimal("30000.00"), "SEK", true, true, LocalDate.of(2025, 3, 3), "IDEA", 1L);
            insert(c, "insert into " + schema + "project_participant (municipality_code, project_id, ordinal, name)"
                    + " values (?, ?, ?, ?)", CODE.value(), PROJECT, 0, "De la Gardiegymnasiet");
            insert(c, "insert into " + schema + "obligation_record (municipality_code, obligation_key, status,"
                    + " settled_on, note, version) values (?, ?, ?, ?, ?, ?)", CODE.value(),
                    "R14/grant-follow-up/" + GRANT, "SUBMITTED", LocalDate.of(2025, 9, 5), "Uppföljning inkommen",
                    1L);
            insert(c, "insert into " + schema + "obligation_record (municipality_code, obligation_key, status,"
                    + " settled_on, note, version) values (?, ?, ?, ?, ?, ?)", CODE.value(),
                    "R6/annual-report-section/2025/barn-och-utbildningsnamnden", "SUBMITTED",
                    LocalDate.of(2026, 2, 20), "Avsnitt i årsredovisningen 2025", 1L);
            c.commit();
        }
    }

    /** The register as version 1 of the application wrote it: plain SQL against the V1 tables only. */
    private static void writeVersion1Register(DbSettings settings) throws SQLException {
        String schema = settings.schema().map(s -> s + ".").orElse("");
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            c.setAutoCommit(false);
            insert(c, "insert into " + schema + "municipality (code, name, version) values (?, ?, ?)",
                    CODE.value(), "Lidköpings kommun", 1L);
            for (int i = 0; i < COMMITTEES.size(); i++) {
                insert(c, "insert into " + schema + "municipality_committee (municipality_code, ordinal, name)"
                        + " values (?, ?, ?)", CODE.value(), i, COMMITTEES.get(i));
            }
            insert(c, "insert into " + schema + "municipality_administration (municipality_code, name, ordinal,"
                    + " committee, representative_name, representative_title) values (?, ?, ?, ?, ?, ?)",
                    CODE.value(), "Barn- och utbildningsförvaltningen", 0, "Barn- och utbildningsnämnden",
                    "Anna Lindqvist", "Utvecklingsledare");
            insert(c, "insert into " + schema + "municipality_administration (municipality_code, name, ordinal,"
                    + " committee) values (?, ?, ?, ?)", CODE.value(), "Miljöförvaltningen", 1, "Miljonämnden");
            for (int i = 0; i < UNITS.size(); i++) {
                insert(c, "insert into " + schema + "municipality_unit (municipality_code, name, ordinal, kind,"
                        + " administration) values (?, ?, ?, ?, ?)", CODE.value(), UNITS.get(i).get(0), i,
                        UNITS.get(i).get(1), UNITS.get(i).get(2));
            }
            insert(c, "insert into " + schema + "partner (municipality_code, id, kind, name, country, locality,"
                    + " version) values (?, ?, ?, ?, ?, ?, ?)", CODE.value(), PARTNER, "MUNICIPALITY", "Kecskemét",
                    "HU", "Kecskemét", 1L);
            insert(c, "insert into " + schema + "partnership (municipality_code, id, partner_id, country, kind,"
                    + " title, proposed_on, status, counterpart_values_formal_agreement, analysis_purpose,"
                    + " analysis_partner_choice_reason, analysis_benefits, analysis_risks, analysis_made_on,"
                    + " democracy_plan_reflection, democracy_plan_adopted_on, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    CODE.value(), PARTNERSHIP, PARTNER, "HU", "TWIN_TOWN", "Vänort Kecskemét",
                    LocalDate.of(2024, 11, 4), "ACTIVE", true, "Utbyte inom skola och kultur", "Vänort sedan 2004",
                    "Kompetensutveckling", "Resor", LocalDate.of(2025, 1, 15),
                    "Demokratifrågor tas upp vid varje utbyte", LocalDate.of(2025, 1, 29), 2L);
            for (String area : List.of("EDUCATION", "CULTURE")) {
                insert(c, "insert into " + schema + "partnership_area (municipality_code, partnership_id, area)"
                        + " values (?, ?, ?)", CODE.value(), PARTNERSHIP, area);
            }
            insert(c, "insert into " + schema + "partnership_funding_source (municipality_code, partnership_id,"
                    + " funding_source) values (?, ?, ?)", CODE.value(), PARTNERSHIP, "MUNICIPALITY");
            insert(c, "insert into " + schema + "partnership_analysis_goal (municipality_code, partnership_id,"
                    + " ordinal, goal) values (?, ?, ?, ?)", CODE.value(), PARTNERSHIP, 0, "Två lärarutbyten per år");
            insert(c, "insert into " + schema + "partnership_analysis_goal (municipality_code, partnership_id,"
                    + " ordinal, goal) values (?, ?, ?, ?)", CODE.value(), PARTNERSHIP, 1, "En gemensam kulturvecka");
            insert(c, "insert into " + schema + "partnership_status_change (municipality_code, partnership_id,"
                    + " ordinal, from_status, to_status, decided_by_kind, decided_by_name, decided_on,"
                    + " decision_reference) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", CODE.value(), PARTNERSHIP, 0,
                    "PROPOSED", "ACTIVE", "EXECUTIVE_BOARD", "Kommunstyrelsen", LocalDate.of(2025, 2, 12),
                    "KS 2025/0042");
            insert(c, "insert into " + schema + "audit_entry (municipality_code, actor, changed_at, aggregate_type,"
                    + " aggregate_id, version, action, change) values (?, ?, ?, ?, ?, ?, ?, ?)", CODE.value(),
                    "anna.lindqvist", CHANGED_AT.atOffset(ZoneOffset.UTC), "Partnership", PARTNERSHIP.toString(), 2L,
                    "activated", "status: PROPOSED → ACTIVE (KS 2025/0042)");
            c.commit();
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
