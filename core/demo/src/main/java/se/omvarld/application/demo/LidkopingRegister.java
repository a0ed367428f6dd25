package se.omvarld.application.demo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Administration;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Representative;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.municipality.UnitKind;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.statistics.ReportedFigures;

/**
 * Lidköping's register as its public page "Internationellt arbete" states it (seed 001): four twin towns and
 * partnerships, five current projects and their funding programmes, and the figures it reported for 2015
 * ({@link #reportedFigures()}). It is the demo data the service loads and the register the planner's replay tests
 * run every shipped profile against.
 *
 * <p>What the page does not say is not invented. Budgets are not published, so every amount is zero in the
 * programme's currency. Only the start year of each partnership is known, so each is recorded as activated by an
 * executive-board decision of 1 January of that year, without a reference number. Ids are name-based UUIDs, the same
 * on every run, so obligation keys derived from them are stable.
 */
public final class LidkopingRegister {

    public static final MunicipalityCode CODE = MunicipalityCode.of("1494");

    // The partnerships' start years, from the page ("Startår"); the day is not known, 1 January stands for the year.
    public static final LocalDate KECSKEMET_SINCE = LocalDate.of(2004, 1, 1);
    public static final LocalDate UTENA_SINCE = LocalDate.of(1997, 1, 1);
    public static final LocalDate ROCKFORD_SINCE = LocalDate.of(2006, 1, 1);
    public static final LocalDate XINDU_SINCE = LocalDate.of(2011, 1, 1);

    /**
     * The page lists the five projects as current ("Aktuella projekt") but dates none of them. The register records
     * them as running from this placeholder day: within the page's time (it reports 2015 figures, and the United
     * Kingdom still takes part in an Erasmus+ project, which it left with the 2021–2027 programme). No obligation
     * depends on it: a running project owes nothing until it is completed.
     */
    public static final LocalDate PROJECTS_RUNNING_SINCE = LocalDate.of(2019, 1, 1);

    // Committees (nämnder) and administrations (förvaltningar). The page names units, not the organisation above
    // them; this is a simplified reading of Lidköping's public organisation, enough to place each unit under a
    // committee. "Barn & Skola", "Intern Service" and "Kultur & Fritid" are the administrations' own names.
    public static final String BARN_OCH_SKOLNAMNDEN = "Barn- och skolnämnden";
    public static final String UTBILDNINGSNAMNDEN = "Utbildningsnämnden";
    public static final String KULTUR_OCH_FRITIDSNAMNDEN = "Kultur- och fritidsnämnden";
    public static final String VARD_OCH_OMSORGSNAMNDEN = "Vård- och omsorgsnämnden";
    public static final String SERVICENAMNDEN = "Servicenämnden";
    public static final String TEKNISKA_NAMNDEN = "Tekniska nämnden";

    /** The committees, with the ids they were given when the register was first made. */
    public static final ImmutableList<Committee> COMMITTEES = Committee.named(List.of(BARN_OCH_SKOLNAMNDEN,
            UTBILDNINGSNAMNDEN, KULTUR_OCH_FRITIDSNAMNDEN, VARD_OCH_OMSORGSNAMNDEN, SERVICENAMNDEN, TEKNISKA_NAMNDEN));

    /**
     * The units the page names as project owners and participants, under their administrations, with the ids they
     * were given when the register was first made ("Barn &amp; Skola" → {@code barn-skola}).
     */
    public static final ImmutableList<Unit> UNITS = Unit.named(
            new Unit.Draft("Barn & Skola", UnitKind.UNIT, "Barn & Skola"),
            new Unit.Draft("De la Gardiegymnasiet", UnitKind.SCHOOL, "Utbildning"),
            new Unit.Draft("Särskolan VUX", UnitKind.SCHOOL, "Utbildning"),
            new Unit.Draft("Biblioteket", UnitKind.UNIT, "Kultur & Fritid"),
            new Unit.Draft("SeniorCenter", UnitKind.UNIT, "Social Välfärd"),
            new Unit.Draft("Intern Service", UnitKind.UNIT, "Intern Service"));

    /** The day the register was made from the page: it follows up obligations from then on, unless told otherwise. */
    public static final LocalDate REGISTERED_ON = LocalDate.of(2025, 1, 1);

    /** The administration without a representative in the international group, so that R4 has a finding. */
    public static final String ADMINISTRATION_WITHOUT_REPRESENTATIVE = "Samhällsbyggnad";

    public static final PartnerId KECSKEMET = new PartnerId(id("partner/Kecskemét"));
    public static final PartnerId UTENA = new PartnerId(id("partner/Utena"));
    public static final PartnerId ROCKFORD = new PartnerId(id("partner/Rockford"));
    public static final PartnerId XINDU = new PartnerId(id("partner/Xindu District"));

    public static final PartnershipId KECSKEMET_TWIN_TOWN = new PartnershipId(id("partnership/Kecskemét"));
    public static final PartnershipId UTENA_TWIN_TOWN = new PartnershipId(id("partnership/Utena"));
    public static final PartnershipId ROCKFORD_INDUSTRIAL_PARTNERSHIP = new PartnershipId(id("partnership/Rockford"));
    public static final PartnershipId XINDU_COOPERATION_AGREEMENT =
            new PartnershipId(id("partnership/Xindu District"));

    public static final ProgrammeId ERASMUS_PLUS = new ProgrammeId(id("programme/Erasmus+"));
    public static final ProgrammeId NORDPLUS = new ProgrammeId(id("programme/Nordplus"));
    public static final ProgrammeId INTERREG = new ProgrammeId(id("programme/Interreg"));
    public static final ProgrammeId ATHENA = new ProgrammeId(id("programme/Athena"));

    public static final ProjectId JOB_SHADOWING = new ProjectId(id("project/Jobbskuggning/Barn & Skola"));
    public static final ProjectId FEEL_BETTER_WITH_A_BOOK = new ProjectId(id("project/Feel Better With a Book"));
    public static final ProjectId GREEN_BUILDING_INTERN_SERVICE =
            new ProjectId(id("project/Green building A-Z/Intern Service"));
    public static final ProjectId GREEN_BUILDING_SARSKOLAN_VUX =
            new ProjectId(id("project/Green building A-Z/Särskolan VUX"));
    public static final ProjectId EXCHANGE_WITH_ZAMBIA = new ProjectId(id("project/Utbyte med Zambia"));

    private LidkopingRegister() {
    }

    /** Lidköping's register: the municipality, four partners and partnerships, four programmes, five projects. */
    public static Register register() {
        return new Register(municipality(), partners(), partnerships(), projects(), programmes(), ImmutableList.of(),
                ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    }

    /** Where the figures Lidköping reported for 2015 come from. */
    public static final String REPORTED_2015_SOURCE =
            "Lidköpings kommun, webbsida Internationellt arbete: statistik 2015";

    /**
     * The figures the page reports for 2015, before the register existed: "Totalt hade Lidköpings kommun 98 olika
     * internationella aktiviteter under 2015. Sammanlagt fick vi externt ekonomiskt stöd på 1,8 miljoner kronor."
     * The amount is recorded as published, rounded to a hundred thousand kronor.
     */
    public static ImmutableList<ReportedFigures> reportedFigures() {
        return ImmutableList.of(new ReportedFigures(CODE, 2015, 98, Money.sek("1800000.00"), REPORTED_2015_SOURCE,
                0));
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("omvarld/1494/" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static Municipality municipality() {
        // Each administration's representative in the international group (R4). The page names no persons: the
        // representatives are recorded by role only.
        List<Administration> administrations = List.of(
                represented("Barn & Skola", BARN_OCH_SKOLNAMNDEN),
                represented("Utbildning", UTBILDNINGSNAMNDEN),
                represented("Kultur & Fritid", KULTUR_OCH_FRITIDSNAMNDEN),
                represented("Social Välfärd", VARD_OCH_OMSORGSNAMNDEN),
                represented("Intern Service", SERVICENAMNDEN),
                new Administration(ADMINISTRATION_WITHOUT_REPRESENTATIVE, committee(TEKNISKA_NAMNDEN),
                        Optional.empty()));
        return Municipality.of(CODE, "Lidköping", COMMITTEES, administrations, UNITS, REGISTERED_ON);
    }

    /** The id of the unit named {@code name}. */
    public static UnitId unit(String name) {
        return UNITS.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The id of the committee named {@code name}. */
    public static CommitteeId committee(String name) {
        return COMMITTEES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Administration represented(String name, String committee) {
        return new Administration(name, committee(committee), Optional.of(new Representative(
                "Representant för " + name, "Ledamot i den internationella gruppen")));
    }

    private static ImmutableList<Partner> partners() {
        return ImmutableList.of(
                Partner.register(KECSKEMET, CODE, PartnerKind.MUNICIPALITY, "Kecskemét", CountryCode.of("HU"),
                        "Kecskemét"),
                Partner.register(UTENA, CODE, PartnerKind.MUNICIPALITY, "Utena", CountryCode.of("LT"), "Utena"),
                Partner.register(ROCKFORD, CODE, PartnerKind.MUNICIPALITY, "Rockford", CountryCode.of("US"),
                        "Rockford, Illinois"),
                Partner.register(XINDU, CODE, PartnerKind.MUNICIPALITY, "Xindu District", CountryCode.of("CN"),
                        "Xindu District, Chengdu"));
    }

    private static ImmutableList<Partnership> partnerships() {
        return ImmutableList.of(
                // "Kecskemét, Ungern. Vänortsavtal. Område: Utbildning, Äldre- och handikappomsorg, Social omsorg,
                // Kultur, Idrott, Miljö, Turism och Näringsliv. Finansiering: Kommunen, EU. Startår: 2004"
                active(KECSKEMET_TWIN_TOWN, KECSKEMET, "HU", PartnershipKind.TWIN_TOWN,
                        "Kecskemét, Ungern: vänortsavtal",
                        EnumSet.of(Area.EDUCATION, Area.ELDERLY_AND_DISABILITY_CARE, Area.SOCIAL_CARE, Area.CULTURE,
                                Area.SPORT, Area.ENVIRONMENT, Area.TOURISM, Area.BUSINESS),
                        EnumSet.of(FundingSource.MUNICIPALITY, FundingSource.EU), KECSKEMET_SINCE),
                // "Utena, Litauen. Vänortsavtal. Område: Äldre och handikappomsorg, Utbildning, Social omsorg,
                // Kultur, Idrott, Miljö, Turism, Handel och småindustri. Finansiering: Kommunerna, EU. Startår: 1997"
                active(UTENA_TWIN_TOWN, UTENA, "LT", PartnershipKind.TWIN_TOWN, "Utena, Litauen: vänortsavtal",
                        EnumSet.of(Area.ELDERLY_AND_DISABILITY_CARE, Area.EDUCATION, Area.SOCIAL_CARE, Area.CULTURE,
                                Area.SPORT, Area.ENVIRONMENT, Area.TOURISM, Area.TRADE_AND_SMALL_INDUSTRY),
                        EnumSet.of(FundingSource.MUNICIPALITY, FundingSource.EU), UTENA_SINCE),
                // "Rockford, Illinois, USA. Industriellt partnerskapsavtal. Område: Näringslivsutveckling och
                // skolutbyte. Finansiering: Kommunerna, Swedish-American Foundation och EU. Startår: 2006"
                active(ROCKFORD_INDUSTRIAL_PARTNERSHIP, ROCKFORD, "US", PartnershipKind.INDUSTRIAL_PARTNERSHIP,
                        "Rockford, Illinois, USA: industriellt partnerskapsavtal",
                        EnumSet.of(Area.BUSINESS, Area.SCHOOL_EXCHANGE),
                        EnumSet.of(FundingSource.MUNICIPALITY, FundingSource.FOUNDATION, FundingSource.EU),
                        ROCKFORD_SINCE),
                // "Xindu District, Chengdu, Kina. Samarbetsavtal. Område: Utbildning, teknik, kultur, miljö och
                // hälsa, turism och näringslivsutveckling. Finansiering: Kommunerna. Startår: 2011"
                active(XINDU_COOPERATION_AGREEMENT, XINDU, "CN", PartnershipKind.COOPERATION_AGREEMENT,
                        "Xindu District, Chengdu, Kina: samarbetsavtal",
                        EnumSet.of(Area.EDUCATION, Area.TECHNOLOGY, Area.CULTURE, Area.ENVIRONMENT, Area.HEALTH,
                                Area.TOURISM, Area.BUSINESS),
                        EnumSet.of(FundingSource.MUNICIPALITY), XINDU_SINCE));
    }

    /**
     * A partnership in force since {@code since}: proposed and activated that day by the executive board, with no
     * reference number (only the year is known). No benefit/risk analysis or democracy plan is on the page, so none
     * is recorded: under Lidköping's R1 and R2 these are findings, as they should be.
     */
    private static Partnership active(PartnershipId id, PartnerId partner, String country, PartnershipKind kind,
            String title, Set<Area> areas, Set<FundingSource> funding, LocalDate since) {
        Decision activation = Decision.unreferenced(Body.executiveBoard(), since);
        return Partnership.restore(id, CODE, partner, CountryCode.of(country), kind, title, areas, funding, Set.of(),
                since, PartnershipStatus.ACTIVE,
                List.of(new StatusChange(PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE, activation)),
                List.of(), List.of(), true, 0);
    }

    private static ImmutableList<FundingProgramme> programmes() {
        return ImmutableList.of(
                // Erasmus+ pays unit costs and lump sums fixed by the programme rather than a share of a budget;
                // 1.00 records that it funds the eligible costs it fixes. Not a figure from the page.
                FundingProgramme.register(ERASMUS_PLUS, CODE, "Erasmus+", "European Commission", FundingSource.EU,
                        Money.EUR, new BigDecimal("1.00"),
                        EnumSet.of(Area.EDUCATION, Area.SCHOOL_EXCHANGE, Area.YOUTH, Area.SPORT)),
                // Nordplus, the Nordic Council of Ministers' education programme, pays unit costs for mobility and
                // at most a share of project costs (75 % in Nordplus Nordic Languages, 50 % in Horizontal). The page
                // names no sub-programme: 0.75 is the conventional ceiling, not a figure from the page.
                FundingProgramme.register(NORDPLUS, CODE, "Nordplus", "Nordiska ministerrådet",
                        FundingSource.NORDIC, Money.EUR, new BigDecimal("0.75"),
                        EnumSet.of(Area.EDUCATION, Area.CULTURE)),
                // Interreg, the EU's cross-border programmes from the European Regional Development Fund. With
                // Norwegian and Danish partners this is one of the Scandinavian programmes, whose EU share in
                // 2014–2020 was up to 50 %: the conventional rate, not a figure from the page.
                FundingProgramme.register(INTERREG, CODE, "Interreg",
                        "European Union (European Regional Development Fund)", FundingSource.EU, Money.EUR,
                        new BigDecimal("0.50"),
                        EnumSet.of(Area.ENVIRONMENT, Area.BUSINESS, Area.TECHNOLOGY, Area.EDUCATION)),
                // Athena, for upper-secondary schools' exchanges with partner countries of Swedish development
                // cooperation, is funded by Sida and run by the Swedish Council for Higher Education
                // (Universitets- och högskolerådet, UHR); its grants cover the exchange's travel and stay, so no
                // co-financing share is set: 1.00. Not a figure from the page.
                FundingProgramme.register(ATHENA, CODE, "Athena",
                        "Swedish Council for Higher Education (Universitets- och högskolerådet, UHR), Sida-funded",
                        FundingSource.SIDA, Money.SEK, new BigDecimal("1.00"),
                        EnumSet.of(Area.EDUCATION, Area.SCHOOL_EXCHANGE, Area.YOUTH)));
    }

    private static ImmutableList<Project> projects() {
        Currency eur = Money.EUR;
        return ImmutableList.of(
                // "Jobbskuggning | Barn & Skola | Tyskland, Turkiet | Erasmus+"
                running(JOB_SHADOWING, "Jobbskuggning (job shadowing)", ProjectKind.EXCHANGE, "Barn & Skola",
                        BARN_OCH_SKOLNAMNDEN, List.of("Barn & Skola"), List.of("DE", "TR"), ERASMUS_PLUS,
                        EnumSet.of(Area.EDUCATION), eur),
                // "Feel Better With a Book: Reading for Wellbeing in Old Age | Biblioteket, SeniorCenter | Litauen,
                // Estland, Lettland | Nordplus"
                running(FEEL_BETTER_WITH_A_BOOK, "Feel Better With a Book: Reading for Wellbeing in Old Age",
                        ProjectKind.PROJECT, "Biblioteket", KULTUR_OCH_FRITIDSNAMNDEN,
                        List.of("Biblioteket", "SeniorCenter"), List.of("LT", "EE", "LV"), NORDPLUS,
                        EnumSet.of(Area.CULTURE, Area.ELDERLY_AND_DISABILITY_CARE, Area.HEALTH), eur),
                // "Green building A-Z | Intern Service | Norge, Danmark | Interreg"
                running(GREEN_BUILDING_INTERN_SERVICE, "Green building A-Z", ProjectKind.PROJECT, "Intern Service",
                        SERVICENAMNDEN, List.of("Intern Service"), List.of("NO", "DK"), INTERREG,
                        EnumSet.of(Area.ENVIRONMENT), eur),
                // "Green building A-Z | Särskolan VUX | Italien, Belgien, Storbritannien, Slovakien | Erasmus+"
                running(GREEN_BUILDING_SARSKOLAN_VUX, "Green building A-Z", ProjectKind.PROJECT, "Särskolan VUX",
                        UTBILDNINGSNAMNDEN, List.of("Särskolan VUX"), List.of("IT", "BE", "GB", "SK"), ERASMUS_PLUS,
                        EnumSet.of(Area.ENVIRONMENT, Area.EDUCATION), eur),
                // "Utbyte med Zambia | De la Gardiegymnasiet, Campus Lidköping | Zambia | Athena"
                running(EXCHANGE_WITH_ZAMBIA, "Utbyte med Zambia (exchange with Zambia)", ProjectKind.EXCHANGE,
                        "De la Gardiegymnasiet", UTBILDNINGSNAMNDEN,
                        List.of("De la Gardiegymnasiet", "Campus Lidköping"), List.of("ZM"), ATHENA,
                        EnumSet.of(Area.EDUCATION, Area.SCHOOL_EXCHANGE), Money.SEK));
    }

    /**
     * A project running since {@link #PROJECTS_RUNNING_SINCE}. Its areas are read from its title and programme, not
     * stated on the page; the page states no goals, so none are recorded. Budgets are not published: zero in the
     * programme's currency. The projects are externally funded, so external funding was explored (R12); as Lidköping's
     * policy requires, they are taken to be budgeted in the owning unit's plan (R15).
     */
    private static Project running(ProjectId id, String title, ProjectKind kind, String owningUnit, String committee,
            List<String> participants, List<String> countries, ProgrammeId programme, Set<Area> areas,
            Currency currency) {
        Money zero = Money.zero(currency);
        return Project.builder().id(id).municipality(CODE).title(title).kind(kind)
                .owner(unit(owningUnit), committee(committee)).participants(participants)
                .countries(countries.stream().map(CountryCode::of).collect(ImmutableSet.toImmutableSet()))
                .programme(Optional.of(programme)).areas(areas).budget(new Budget(zero, zero, zero))
                .externalFundingExplored(true).budgetedInUnitPlan(true).registeredOn(PROJECTS_RUNNING_SINCE)
                .status(ProjectStatus.RUNNING, List.of(new ProjectStep(ProjectStatus.IDEA, ProjectStatus.RUNNING,
                        PROJECTS_RUNNING_SINCE, Optional.empty())))
                .build();
    }
}
