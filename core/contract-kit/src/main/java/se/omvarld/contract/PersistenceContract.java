package se.omvarld.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.omvarld.domain.access.ApiToken;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.visit.Visit;
import se.omvarld.testkit.Fixtures;

/**
 * The base of every port contract: how a test reaches the adapter under test, and helpers that store what an
 * aggregate refers to before the aggregate itself (its municipality, a partnership's partner, a project's programme
 * and parent, a call's programme, a visit's partnership), as a database with foreign keys requires.
 *
 * <p>An adapter's test extends a contract and implements {@link #persistence()}:
 * <pre>{@code
 * class H2PartnershipRepositoryTest extends PartnershipRepositoryContract {
 *     protected Persistence persistence() { return H2.persistence(); }
 * }
 * }</pre>
 * {@link #persistence()} is called many times per test and should be cheap: cache the store. The kit never truncates
 * or deletes anything: every test works in a municipality of its own (see {@link #unusedMunicipalityCode()})
 * with fresh random ids, so the store may be shared by every test class and every test may run in any order.
 */
public abstract class PersistenceContract {

    /** The adapter under test. */
    protected abstract Persistence persistence();

    // ----------------------------------------------------------------------------------- what tests start from

    /**
     * A municipality code no other test in this JVM has had and nothing is stored under: codes already taken in a
     * store that outlived an earlier run are skipped.
     */
    protected MunicipalityCode unusedMunicipalityCode() {
        MunicipalityCode code = Fixtures.uniqueMunicipalityCode();
        while (persistence().municipalities().find(code).isPresent()) {
            code = Fixtures.uniqueMunicipalityCode();
        }
        return code;
    }

    /** Stores a fresh municipality under an {@linkplain #unusedMunicipalityCode() unused code}, as stored. */
    protected Municipality storedMunicipality() {
        return store(Fixtures.municipality(unusedMunicipalityCode()));
    }

    /** The code of a freshly stored municipality: the tenant a test works in. */
    protected MunicipalityCode newMunicipality() {
        return storedMunicipality().code();
    }

    /** Stores the default partner (Kecskemét) in {@code municipality}. */
    protected Partner storedPartner(MunicipalityCode municipality) {
        return store(Fixtures.partner(municipality));
    }

    /** Stores a partner and a proposed twin-town partnership with it. */
    protected Partnership storedPartnership(MunicipalityCode municipality) {
        return store(Fixtures.partnership(storedPartner(municipality)));
    }

    /** Stores the default programme (Erasmus+) in {@code municipality}. */
    protected FundingProgramme storedProgramme(MunicipalityCode municipality) {
        return store(Fixtures.programme(municipality));
    }

    /** Stores the default project idea in {@code municipality}. */
    protected Project storedProject(MunicipalityCode municipality) {
        return store(Fixtures.project(municipality));
    }

    /**
     * Stores what {@link Fixtures#fullProject} refers to (a parent project, a programme, two partners) and returns
     * the full project, not yet stored.
     */
    protected Project fullProjectWithReferencesStored(MunicipalityCode municipality) {
        Project parent = store(Fixtures.project(municipality, "Internationalisering i skolan"));
        FundingProgramme programme = storedProgramme(municipality);
        Partner germany = store(new Partner(Fixtures.partnerId(), municipality,
                PartnerKind.SCHOOL, "Gesamtschule Hannover",
                CountryCode.of("DE"), "Hannover", 0));
        Partner turkey = store(new Partner(Fixtures.partnerId(), municipality,
                PartnerKind.SCHOOL, "Izmir Anadolu Lisesi",
                CountryCode.of("TR"), "Izmir", 0));
        return Fixtures.fullProject(parent, programme, Set.of(germany.id(), turkey.id()));
    }

    /**
     * {@code count} random ids in ascending order, each comparing the same way whether an engine orders UUIDs as
     * signed or unsigned numbers, bytes or text (see {@link Fixtures#orderableUuid()}).
     */
    protected static List<UUID> ascendingIds(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Fixtures.orderableUuid());
        }
        ids.sort(UUID::compareTo);
        return ids;
    }

    // ------------------------------------------------------------------ what "by title, then id" means exactly

    /**
     * Titles in the order "ordered by title" means: {@link String#compareTo}, code unit by code unit, so upper case
     * before lower case ("Bravo" before "alpha") and "Ä" after "z". A case-insensitive comparison or a locale's
     * collation (a PostgreSQL database created with sv_SE or en_US) orders them differently; PostgreSQL's "C"
     * collation and H2's default agree with it.
     */
    protected static final List<String> TITLES_IN_STRING_ORDER = List.of("Bravo", "Zagreb", "alpha", "Ängelholm");

    /** The same titles in the order the listing tests store them: neither the listing's nor any collation's. */
    protected static final List<String> TITLES_IN_STORING_ORDER = List.of("alpha", "Ängelholm", "Zagreb", "Bravo");

    /**
     * Three random ids in the order "then id (in its canonical text form)" means, which is also PostgreSQL's order
     * of {@code uuid} (unsigned, byte by byte): {@code 00000000-…}, then one with the same first half and a second
     * half from {@code 8…} on, then {@code ffffffff-…}. Java's {@link UUID#compareTo} compares both halves as
     * signed numbers and orders these three exactly the other way round.
     */
    protected static List<UUID> idsInTextOrderThatUuidCompareToReverses() {
        UUID random = UUID.randomUUID();
        long firstHalf = random.getMostSignificantBits() & 0xFFFF_FFFFL;
        long secondHalf = random.getLeastSignificantBits() & Long.MAX_VALUE;
        return List.of(new UUID(firstHalf, secondHalf), new UUID(firstHalf, secondHalf | Long.MIN_VALUE),
                new UUID(0xFFFF_FFFF_0000_0000L | firstHalf, secondHalf));
    }

    /** The canonical text of each id, for assertions that show which id came where. */
    protected static List<String> texts(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    // ------------------------------------------------------------------------------------------------- storing

    protected Municipality store(Municipality municipality) {
        return persistence().municipalities().save(municipality);
    }

    protected Partner store(Partner partner) {
        return persistence().partners().save(partner);
    }

    protected Partnership store(Partnership partnership) {
        return persistence().partnerships().save(partnership);
    }

    protected Project store(Project project) {
        return persistence().projects().save(project);
    }

    protected FundingProgramme store(FundingProgramme programme) {
        return persistence().funding().save(programme);
    }

    protected Call store(Call call) {
        return persistence().funding().save(call);
    }

    protected AssociationGrant store(AssociationGrant grant) {
        return persistence().grants().save(grant);
    }

    protected Visit store(Visit visit) {
        return persistence().visits().save(visit);
    }

    protected ObligationRecord store(ObligationRecord record) {
        return persistence().obligations().save(record);
    }

    protected ReportedFigures store(ReportedFigures figures) {
        return persistence().reportedFigures().save(figures);
    }

    protected ApiToken store(ApiToken token) {
        return persistence().tokens().save(token);
    }

    protected UserAccount store(UserAccount account) {
        return persistence().accounts().save(account);
    }
}
