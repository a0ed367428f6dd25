package se.omvarld.testkit;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.AuditEntry;

/**
 * Test data with readable defaults, drawn from the municipalities' own documents: Lidköping's twin town Kecskemét,
 * Erasmus+ job shadowing at Barn &amp; Skola, Nordplus at the library, an association's exchange with Zambia.
 *
 * <p>Every factory returns a <em>new</em> aggregate (version 0) with a fresh random id, so tests never collide.
 * The plain factory ({@code partner(code)}, {@code project(code)}, ...) gives the smallest valid aggregate; the
 * {@code full...} factories fill every optional field, for round trips that must prove every field is kept.
 */
public final class Fixtures {

    /** The committees of the default municipality. */
    public static final String CHILDREN_AND_EDUCATION_COMMITTEE = "Barn- och utbildningsnämnden";
    public static final String CULTURE_AND_LEISURE_COMMITTEE = "Kultur- och fritidsnämnden";
    public static final String SOCIAL_COMMITTEE = "Socialnämnden";

    /** The stable ids of those committees, made from their names by {@link Committee#named}. */
    public static final CommitteeId CHILDREN_AND_EDUCATION_COMMITTEE_ID =
            CommitteeId.of("barn-och-utbildningsnamnden");
    public static final CommitteeId CULTURE_AND_LEISURE_COMMITTEE_ID = CommitteeId.of("kultur-och-fritidsnamnden");
    public static final CommitteeId SOCIAL_COMMITTEE_ID = CommitteeId.of("socialnamnden");

    /** The day the default municipality was registered in Omvärld: the day the shipped profiles follow from. */
    public static final LocalDate REGISTERED_ON = LocalDate.of(2025, 1, 1);

    /** The administrations of the default municipality. */
    public static final String CHILDREN_AND_EDUCATION_ADMINISTRATION = "Barn- och utbildningsförvaltningen";
    public static final String CULTURE_AND_LEISURE_ADMINISTRATION = "Kultur- och fritidsförvaltningen";
    public static final String SOCIAL_ADMINISTRATION = "Socialförvaltningen";

    /** The units of the default municipality. */
    public static final String BARN_OCH_SKOLA = "Barn & Skola";
    public static final String LIBRARY = "Biblioteket";
    public static final String UPPER_SECONDARY_SCHOOL = "De la Gardiegymnasiet";

    /** The stable ids of those units, made from their names by {@link Unit#named}. */
    public static final UnitId BARN_OCH_SKOLA_ID = UnitId.of("barn-skola");
    public static final UnitId LIBRARY_ID = UnitId.of("biblioteket");
    public static final UnitId UPPER_SECONDARY_SCHOOL_ID = UnitId.of("de-la-gardiegymnasiet");

    /** A day the tests treat as today: a Monday in spring 2026, with calls open and the 2025 reports due. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static final Set<String> REAL_CODES = Set.of("1494", "1462", "0138", "0686");
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(2000);

    private Fixtures() {
    }

    // ------------------------------------------------------------------------------------------------------ ids

    /**
     * A municipality code no other caller in this JVM has had: 2000, 2001, ... up to 9999, never 0000 and never one
     * of the four real municipalities of the seeds (Lidköping 1494, Lilla Edet 1462, Tyresö 0138, Eksjö 0686).
     */
    public static MunicipalityCode uniqueMunicipalityCode() {
        while (true) {
            int next = NEXT_CODE.getAndIncrement();
            checkState(next <= 9999, "all test municipality codes 2000-9999 are used up in this JVM");
            String code = String.format("%04d", next);
            if (!REAL_CODES.contains(code)) {
                return MunicipalityCode.of(code);
            }
        }
    }

    /**
     * A random UUID whose most significant bit is clear. Two such ids compare the same way whether an engine
     * compares UUIDs as signed numbers (Java's {@link UUID#compareTo}), unsigned numbers or bytes (PostgreSQL), or
     * as their text: for tests of "ordered by ..., then id".
     */
    public static UUID orderableUuid() {
        UUID random = UUID.randomUUID();
        return new UUID(random.getMostSignificantBits() & Long.MAX_VALUE, random.getLeastSignificantBits());
    }

    public static PartnerId partnerId() {
        return new PartnerId(UUID.randomUUID());
    }

    public static PartnershipId partnershipId() {
        return new PartnershipId(UUID.randomUUID());
    }

    public static ProjectId projectId() {
        return new ProjectId(UUID.randomUUID());
    }

    public static ProgrammeId programmeId() {
        return new ProgrammeId(UUID.randomUUID());
    }

    public static CallId callId() {
        return new CallId(UUID.randomUUID());
    }

    public static GrantId grantId() {
        return new GrantId(UUID.randomUUID());
    }

    public static VisitId visitId() {
        return new VisitId(UUID.randomUUID());
    }

    // ------------------------------------------------------------------------------------------- municipality

    /**
     * A municipality with three committees, their administrations (the first two with a representative in the
     * international group, the social administration without one, R4) and three units.
     */
    public static Municipality municipality(MunicipalityCode code) {
        return Municipality.of(code, "Testköpings kommun",
                Committee.named(List.of(CHILDREN_AND_EDUCATION_COMMITTEE, CULTURE_AND_LEISURE_COMMITTEE,
                        SOCIAL_COMMITTEE)),
                List.of(new Administration(CHILDREN_AND_EDUCATION_ADMINISTRATION, CHILDREN_AND_EDUCATION_COMMITTEE_ID,
                                Optional.of(new Representative("Anna Lindqvist", "Utvecklingsledare"))),
                        new Administration(CULTURE_AND_LEISURE_ADMINISTRATION, CULTURE_AND_LEISURE_COMMITTEE_ID,
                                Optional.of(new Representative("Johan Berg", "Bibliotekschef"))),
                        new Administration(SOCIAL_ADMINISTRATION, SOCIAL_COMMITTEE_ID, Optional.empty())),
                Unit.named(new Unit.Draft(BARN_OCH_SKOLA, UnitKind.UNIT, CHILDREN_AND_EDUCATION_ADMINISTRATION),
                        new Unit.Draft(UPPER_SECONDARY_SCHOOL, UnitKind.SCHOOL, CHILDREN_AND_EDUCATION_ADMINISTRATION),
                        new Unit.Draft(LIBRARY, UnitKind.UNIT, CULTURE_AND_LEISURE_ADMINISTRATION),
                        new Unit.Draft("Testköpings Energi AB", UnitKind.MUNICIPAL_COMPANY, SOCIAL_ADMINISTRATION)),
                REGISTERED_ON);
    }

    /** A municipality with nothing but its name: no committees, administrations or units yet. */
    public static Municipality emptyMunicipality(MunicipalityCode code) {
        return Municipality.of(code, "Tomma kommun", List.of(), List.of(), List.of(), REGISTERED_ON);
    }

    // ----------------------------------------------------------------------------------------------- partners

    /** Kecskemét, Hungary: Lidköping's twin town since 2004. */
    public static Partner partner(MunicipalityCode municipality) {
        return partner(municipality, "Kecskemét");
    }

    /** A Hungarian municipality of the given name. */
    public static Partner partner(MunicipalityCode municipality, String name) {
        return Partner.register(partnerId(), municipality, PartnerKind.MUNICIPALITY, name, CountryCode.of("HU"),
                name);
    }

    /** Xindu District, Chengdu: a cooperation agreement's counterpart (Lidköping, 2011). */
    public static Partner chinesePartner(MunicipalityCode municipality) {
        return Partner.register(partnerId(), municipality, PartnerKind.REGION, "Xindu District",
                CountryCode.of("CN"), "Xindu District, Chengdu");
    }

    // ------------------------------------------------------------------------------------------- partnerships

    /** A proposed twin-town partnership with {@code partner}: no analysis, no plan, no history yet. */
    public static Partnership partnership(Partner partner) {
        return partnership(partnershipId(), partner, "Vänort " + partner.name());
    }

    public static Partnership partnership(Partner partner, String title) {
        return partnership(partnershipId(), partner, title);
    }

    /** A twin town of the municipality as a whole: no committee of its own. */
    public static Partnership partnership(PartnershipId id, Partner partner, String title) {
        return Partnership.propose(id, partner, PartnershipKind.TWIN_TOWN, title,
                EnumSet.of(Area.EDUCATION, Area.CULTURE), EnumSet.of(FundingSource.MUNICIPALITY), Set.of(),
                LocalDate.of(2025, 9, 1), true);
    }

    /**
     * A cooperation agreement with every field filled: areas and funding sources, the two committees whose own
     * partnership it is, two benefit/risk analyses (R1) and two democracy plans (R2), oldest first, and a history
     * active → under review → active with referenced and unreferenced decisions.
     */
    public static Partnership fullPartnership(Partner partner) {
        LocalDate proposed = LocalDate.of(2024, 11, 4);
        Decision entered = Decision.of(Body.executiveBoard(), LocalDate.of(2025, 2, 12), "KS 2025/0042");
        Decision review = Decision.unreferenced(Body.committee(CHILDREN_AND_EDUCATION_COMMITTEE),
                LocalDate.of(2025, 12, 3));
        Decision continued = Decision.of(Body.executiveBoard(), LocalDate.of(2026, 1, 21), "KS 2026/0007");
        return Partnership.restore(partnershipId(), partner.municipality(), partner.id(), partner.country(),
                PartnershipKind.COOPERATION_AGREEMENT, "Samarbetsavtal " + partner.name(),
                EnumSet.of(Area.EDUCATION, Area.BUSINESS, Area.DEMOCRACY, Area.TECHNOLOGY),
                EnumSet.of(FundingSource.MUNICIPALITY, FundingSource.SIDA),
                Set.of(CHILDREN_AND_EDUCATION_COMMITTEE_ID, CULTURE_AND_LEISURE_COMMITTEE_ID), proposed,
                PartnershipStatus.ACTIVE,
                List.of(new StatusChange(PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE, entered),
                        new StatusChange(PartnershipStatus.ACTIVE, PartnershipStatus.UNDER_REVIEW, review),
                        new StatusChange(PartnershipStatus.UNDER_REVIEW, PartnershipStatus.ACTIVE, continued)),
                List.of(BenefitRiskAnalysis.of("Förstudie om yrkesutbildning", List.of("Ett studiebesök"),
                                "Partnern söker samma kompetens", "Underlag för ett beslut", "Resor med klimatpåverkan",
                                LocalDate.of(2024, 11, 20)),
                        analysis(LocalDate.of(2025, 1, 15))),
                List.of(new DemocracyPlan("Första planen: kommunens syn på mänskliga rättigheter framförs vid"
                                + " förstudiebesöket.", LocalDate.of(2024, 12, 9)),
                        democracyPlan(LocalDate.of(2025, 1, 29))),
                false, 0);
    }

    /** A benefit/risk analysis with purpose, two goals and the reason for choosing the partner (R1). */
    public static BenefitRiskAnalysis analysis(LocalDate madeOn) {
        return BenefitRiskAnalysis.of("Utbyte av kunskap om yrkesutbildning",
                List.of("Två lärarutbyten per år", "Ett gemensamt elevprojekt inom teknik"),
                "Partnern har en yrkesutbildning av samma storlek och söker samma kompetens",
                "Kompetensutveckling för lärare; internationell erfarenhet för elever",
                "Resor med klimatpåverkan; begränsad pressfrihet i landet", madeOn);
    }

    /** A democracy plan (R2): how the cooperation reflects on democracy, and the municipality's values stated. */
    public static DemocracyPlan democracyPlan(LocalDate adoptedOn) {
        return new DemocracyPlan("Samarbetet tar upp lokal demokrati och medborgardialog i varje utbyte; kommunens"
                + " syn på mänskliga rättigheter framförs vid varje besök.", adoptedOn);
    }

    /** The same partnership with another status history; for tests of listings by status. */
    public static Partnership terminated(Partnership partnership) {
        Decision ended = Decision.of(Body.executiveBoard(), partnership.proposedOn().plusMonths(2), "KS 2025/0113");
        return Partnership.restore(partnership.id(), partnership.municipality(), partnership.partner(),
                partnership.country(), partnership.kind(), partnership.title(), partnership.areas(),
                partnership.fundingSources(), partnership.committees(), partnership.proposedOn(),
                PartnershipStatus.TERMINATED,
                List.of(new StatusChange(PartnershipStatus.PROPOSED, PartnershipStatus.TERMINATED, ended)),
                partnership.analyses(), partnership.democracyPlans(),
                partnership.counterpartValuesFormalAgreement(), partnership.version());
    }

    // ----------------------------------------------------------------------------------------------- projects

    /** A pre-study idea at the library, on its own budget: no programme, no parent, no partners or countries. */
    public static Project project(MunicipalityCode municipality) {
        return project(projectId(), municipality, "Förstudie läsfrämjande");
    }

    public static Project project(MunicipalityCode municipality, String title) {
        return project(projectId(), municipality, title);
    }

    public static Project project(ProjectId id, MunicipalityCode municipality, String title) {
        return Project.builder().id(id).municipality(municipality).title(title).kind(ProjectKind.PRE_STUDY)
                .owner(LIBRARY_ID, CULTURE_AND_LEISURE_COMMITTEE_ID).participants(List.of(LIBRARY))
                .budget(new Budget(Money.sek("20000"), Money.sek("0"), Money.sek("20000")))
                .externalFundingExplored(false).budgetedInUnitPlan(true).registeredOn(LocalDate.of(2026, 1, 12))
                .build();
    }

    /** A sub-project of {@code parent}, e.g. one school's part of a larger Erasmus+ project. */
    public static Project childProject(Project parent, String title) {
        return Project.builder().id(projectId()).municipality(parent.municipality())
                .parent(Optional.of(parent.id()))
                .title(title).kind(ProjectKind.EXCHANGE)
                .owner(UPPER_SECONDARY_SCHOOL_ID, CHILDREN_AND_EDUCATION_COMMITTEE_ID)
                .participants(List.of(UPPER_SECONDARY_SCHOOL)).countries(Set.of(CountryCode.of("ZM")))
                .areas(Set.of(Area.SCHOOL_EXCHANGE)).goals(List.of("Elevutbyte"))
                .budget(new Budget(Money.sek("150000"), Money.sek("100000"), Money.sek("50000")))
                .externalFundingExplored(true).budgetedInUnitPlan(true).registeredOn(LocalDate.of(2026, 1, 20))
                .build();
    }

    /**
     * "Job shadowing" at Barn &amp; Skola with every field filled: a parent project, an Erasmus+ programme, partners
     * in Germany and Turkey, several participants, areas and goals, a budget in EUR with the own contribution in
     * SEK, two democracy plans for the Turkish partner (R2), oldest first, and a history from idea to running with
     * the executive board's approval (R7).
     */
    public static Project fullProject(Project parent, FundingProgramme programme, Set<PartnerId> partners) {
        Decision approval = Decision.of(Body.executiveBoard(), LocalDate.of(2025, 1, 22), "KS 2025/0019");
        return Project.builder().id(projectId()).municipality(parent.municipality())
                .parent(Optional.of(parent.id()))
                .title("Job shadowing").kind(ProjectKind.PROJECT)
                .owner(BARN_OCH_SKOLA_ID, CHILDREN_AND_EDUCATION_COMMITTEE_ID)
                .participants(List.of(BARN_OCH_SKOLA, UPPER_SECONDARY_SCHOOL, LIBRARY)).partners(partners)
                .countries(Set.of(CountryCode.of("DE"), CountryCode.of("TR"))).programme(Optional.of(programme.id()))
                .areas(EnumSet.of(Area.EDUCATION, Area.SCHOOL_EXCHANGE))
                .goals(List.of("Tio lärare skuggar kollegor i Tyskland och Turkiet",
                        "Erfarenheterna sprids i förvaltningen"))
                .budget(new Budget(Money.of("48000.50", "EUR"), Money.of("38400.40", "EUR"), Money.sek("105000")))
                .externalFundingExplored(true).budgetedInUnitPlan(true)
                .democracyPlans(List.of(new DemocracyPlan("Skolledarna tar upp elevinflytande och yttrandefrihet med"
                                + " partnerskolan i Izmir.", LocalDate.of(2024, 12, 16)),
                        democracyPlan(LocalDate.of(2025, 1, 13))))
                .registeredOn(LocalDate.of(2024, 12, 2))
                .status(ProjectStatus.RUNNING, List.of(
                        new ProjectStep(ProjectStatus.IDEA, ProjectStatus.APPROVAL_REQUESTED, LocalDate.of(2025, 1, 8),
                                Optional.empty()),
                        new ProjectStep(ProjectStatus.APPROVAL_REQUESTED, ProjectStatus.APPROVED_FOR_APPLICATION,
                                approval.date(), Optional.of(approval)),
                        new ProjectStep(ProjectStatus.APPROVED_FOR_APPLICATION, ProjectStatus.APPLIED,
                                LocalDate.of(2025, 2, 19), Optional.empty()),
                        new ProjectStep(ProjectStatus.APPLIED, ProjectStatus.GRANTED, LocalDate.of(2025, 6, 10),
                                Optional.empty()),
                        new ProjectStep(ProjectStatus.GRANTED, ProjectStatus.RUNNING, LocalDate.of(2025, 8, 18),
                                Optional.empty())))
                .build();
    }

    // ------------------------------------------------------------------------------------------------ funding

    /** Erasmus+, the EU's programme for education, training, youth and sport: 80 % co-financing, in EUR. */
    public static FundingProgramme programme(MunicipalityCode municipality) {
        return programme(municipality, "Erasmus+");
    }

    public static FundingProgramme programme(MunicipalityCode municipality, String name) {
        return FundingProgramme.register(programmeId(), municipality, name, "Europeiska kommissionen",
                FundingSource.EU, Money.EUR, new BigDecimal("0.80"),
                EnumSet.of(Area.EDUCATION, Area.SCHOOL_EXCHANGE, Area.YOUTH, Area.SPORT));
    }

    /** Nordplus, the Nordic Council of Ministers' programme: 75 % co-financing in EUR, open to every area. */
    public static FundingProgramme nordplus(MunicipalityCode municipality) {
        return FundingProgramme.register(programmeId(), municipality, "Nordplus", "Nordiska ministerrådet",
                FundingSource.NORDIC, Money.EUR, new BigDecimal("0.75"), Set.of());
    }

    /** A call under {@code programme}, open from 1 February to 6 May 2026. */
    public static Call call(FundingProgramme programme) {
        return call(programme, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 6));
    }

    public static Call call(FundingProgramme programme, LocalDate opens, LocalDate deadline) {
        Set<Area> areas = programme.eligibleAreas().isEmpty() ? EnumSet.of(Area.CULTURE, Area.EDUCATION)
                : EnumSet.copyOf(programme.eligibleAreas());
        return Call.publish(callId(), programme, "KA1 Mobilitet för personal " + opens.getYear(), areas, opens,
                deadline);
    }

    // ------------------------------------------------------------------------------------------------- grants

    /** An association's application for an exchange with Zambia, not yet decided. */
    public static AssociationGrant grant(MunicipalityCode municipality) {
        return grant(grantId(), municipality, LocalDate.of(2026, 2, 16));
    }

    public static AssociationGrant grant(MunicipalityCode municipality, LocalDate appliedOn) {
        return grant(grantId(), municipality, appliedOn);
    }

    public static AssociationGrant grant(GrantId id, MunicipalityCode municipality, LocalDate appliedOn) {
        return AssociationGrant.apply(id, municipality, "Föreningen Vänskap Zambia",
                "Ungdomsutbyte om föreningsliv och demokrati", true, Money.sek("40000"), Money.sek("12500.50"),
                DateRange.of(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 29)), appliedOn);
    }

    /** A grant with every field filled: granted by the administration and followed up after the exchange (R14). */
    public static AssociationGrant followedUpGrant(MunicipalityCode municipality) {
        return AssociationGrant.restore(grantId(), municipality, "Eksjö Scoutkår", "Lägerutbyte med scouter i Estland",
                true, Money.sek("25000"), Money.sek("9000.75"),
                DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10)), LocalDate.of(2025, 3, 14),
                GrantStatus.FOLLOWED_UP,
                Optional.of(Decision.of(Body.administration("Tillväxt- och utvecklingssektorn"),
                        LocalDate.of(2025, 4, 2), "TUS 2025/0031")),
                Optional.of(Money.sek("20000")),
                Optional.of(new AssociationGrant.FollowUp(LocalDate.of(2025, 9, 5),
                        "Tjugo scouter deltog; ett återbesök planeras 2027.")),
                0);
    }

    // ------------------------------------------------------------------------------------------------- visits

    /** An incoming study visit outside any partnership. */
    public static Visit visit(MunicipalityCode municipality) {
        return visit(visitId(), municipality, Optional.empty(), LocalDate.of(2026, 4, 14));
    }

    /**
     * An outgoing delegation within {@code partnership}, with a digital meeting considered first (R3), made by people
     * of the social committee.
     */
    public static Visit visit(Partnership partnership) {
        return visit(visitId(), partnership.municipality(), Optional.of(partnership.id()), LocalDate.of(2026, 5, 18));
    }

    public static Visit visit(VisitId id, MunicipalityCode municipality, Optional<PartnershipId> partnership,
            LocalDate firstDay) {
        Direction direction = partnership.isPresent() ? Direction.OUTGOING : Direction.INCOMING;
        return Visit.restore(id, municipality, partnership, direction, DateRange.of(firstDay, firstDay.plusDays(3)),
                partnership.isPresent() ? "Vänortsbesök: utbyte om äldreomsorg" : "Studiebesök om skolbibliotek",
                partnership.isPresent() ? 4 : 12, true,
                partnership.isPresent() ? Set.of(SOCIAL_COMMITTEE_ID) : Set.of(), 0);
    }

    // ------------------------------------------------------------------------------------------ obligations

    /** The yearly compilation of 2025 (R5), submitted to the executive board. */
    public static ObligationRecord obligationRecord(MunicipalityCode municipality) {
        return obligationRecord(municipality, ObligationKey.of("R5", "annual-compilation", "2025"));
    }

    public static ObligationRecord obligationRecord(MunicipalityCode municipality, ObligationKey key) {
        return ObligationRecord.submitted(key, municipality, LocalDate.of(2026, 2, 24),
                "Anmäld till kommunstyrelsen, KS 2026/0031");
    }

    public static ObligationRecord waivedObligationRecord(MunicipalityCode municipality, ObligationKey key) {
        return ObligationRecord.waived(key, municipality, LocalDate.of(2026, 1, 15),
                "Inga vänortsbesök genomfördes under året");
    }

    // ------------------------------------------------------------------------------------------------ audit

    /** An audit entry for a change to {@code aggregateId}, made by the international coordinator. */
    public static AuditEntry auditEntry(MunicipalityCode municipality, String aggregateType, String aggregateId,
            long version, Instant at) {
        return new AuditEntry(municipality, "anna.lindqvist", at, aggregateType, aggregateId, version,
                version == 1 ? "created" : "updated",
                Wording.unkeyed(version == 1 ? "registrerad" : "ändrad till version " + version));
    }
}
