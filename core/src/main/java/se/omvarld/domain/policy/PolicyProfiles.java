package se.omvarld.domain.policy;

import static se.omvarld.domain.policy.RuleId.R1;
import static se.omvarld.domain.policy.RuleId.R10;
import static se.omvarld.domain.policy.RuleId.R11;
import static se.omvarld.domain.policy.RuleId.R12;
import static se.omvarld.domain.policy.RuleId.R13;
import static se.omvarld.domain.policy.RuleId.R14;
import static se.omvarld.domain.policy.RuleId.R15;
import static se.omvarld.domain.policy.RuleId.R16;
import static se.omvarld.domain.policy.RuleId.R2;
import static se.omvarld.domain.policy.RuleId.R3;
import static se.omvarld.domain.policy.RuleId.R4;
import static se.omvarld.domain.policy.RuleId.R5;
import static se.omvarld.domain.policy.RuleId.R6;
import static se.omvarld.domain.policy.RuleId.R7;
import static se.omvarld.domain.policy.RuleId.R8;
import static se.omvarld.domain.policy.RuleId.R9;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipKind;

/**
 * The profiles of the four municipalities whose policies Omvärld was built from. Every parameter quotes the
 * sentence it comes from; where a policy names no figure, the parameter keeps the builder's default and says so.
 * A sentence that obliges ("ska", "skall", "är en förutsättning") is a duty ({@code rules}); one that recommends or
 * prioritises ("bör", "ska prioriteras", "där så är möjligt") is a preference ({@code prefers}): it advises on an
 * action and is noted by compliance, never refusing.
 */
public final class PolicyProfiles {

    public static final MunicipalityCode LIDKOPING_CODE = MunicipalityCode.of("1494");
    public static final MunicipalityCode LILLA_EDET_CODE = MunicipalityCode.of("1462");
    public static final MunicipalityCode TYRESO_CODE = MunicipalityCode.of("0138");
    public static final MunicipalityCode EKSJO_CODE = MunicipalityCode.of("0686");

    /** The register follows up what falls due from 2025 on for the shipped profiles: earlier is history. */
    private static final LocalDate TRACKED_FROM = LocalDate.of(2025, 1, 1);

    private PolicyProfiles() {
    }

    /** Lidköping: "Internationellt arbete" (policy for international work). */
    public static PolicyProfile lidkoping() {
        return PolicyProfile.builder(LIDKOPING_CODE, "Lidköpings kommun: Internationellt arbete")
                // "Inför uppstart av nya internationella samarbeten ska en nytto- respektive riskanalys genomföras"
                .rules(R1)
                // "Vid samarbete med parter i icke-demokratiska länder ska reflektion kring demokratiprocesser vara
                // en del av insatsen": V-Dem classes 0-1 are the default reading of "icke-demokratiska".
                .rules(R2)
                // "digitala kommunikationsverktyg skall alltid användas i den mån det går"
                .rules(R3)
                // "Alla förvaltningar ska utse en person som representerar förvaltningen i kommunens internationella
                // grupp."
                .rules(R4)
                // "en uppföljning i form av en sammanställning göras varje år och anmälas till kommunstyrelsen":
                // no date is named, so the compilation is due by the default 31 March of the following year.
                .rules(R5)
                // "ska därför integreras med respektive förvaltnings del i budget och verksamhetsplan"
                .rules(R15)
                // "En internationell dimension i utbildningar på alla nivåer ... bör uppmuntras"; "Att ha ett
                // miljömässigt, ekonomiskt och socialt hållbart perspektiv i utvecklingsarbetet."
                .priorityAreas(Area.EDUCATION, Area.ENVIRONMENT)
                .obligationsTrackedFrom(TRACKED_FROM)
                .build();
    }

    /** Lilla Edet: "Internationell strategi" (11 principles). */
    public static PolicyProfile lillaEdet() {
        return PolicyProfile.builder(LILLA_EDET_CODE, "Lilla Edets kommun: Internationell strategi")
                // "Ett nätverk med kontaktpersoner från varje förvaltning bör bildas och samlas regelbundet.": "bör",
                // a preference.
                .prefers(R4)
                // "Vänortssamarbeten ska utvärderas kontinuerligt." "Continuously" names no interval: yearly,
                // with the annual follow-up, is the reading taken here.
                .rules(R9).twinTownEvaluationInterval(Period.ofYears(1))
                // "ska revideras när andra prioriteringar och satsningar behövs ... eller minst var fjärde år".
                // The strategy's adoption date is not in the document (it serves "Vision 2020"): until it is recorded
                // with strategyAdoptedOn, a revision is owed from the day the register follows up.
                .rules(R10).strategyRevisionInterval(Period.ofYears(4))
                // "Kommunen tar tillvara de möjligheter som finns att få EU-finansiering och annan extern
                // delfinansiering till utvecklingsprojekt. Projektorienterat och externfinansierat samarbete ska
                // prioriteras.": a priority, so a preference.
                .prefers(R12)
                // "varje nämnd och verksamhetskontor ansvarar för och finansierar sina aktiviteter inom befintlig
                // ram"; "Det ska ... vara en integrerad del av den ordinarie verksamheten."
                .rules(R15)
                // "Lilla Edets kommun uppmuntrar särskilt barn och unga till internationalisering. Genom t.ex.
                // deltagande i olika internationella utbildningsprogram liksom till skolsamarbete länder emellan"
                .priorityAreas(Area.YOUTH, Area.EDUCATION, Area.SCHOOL_EXCHANGE)
                .obligationsTrackedFrom(TRACKED_FROM)
                .build();
    }

    /** Tyresö: "Riktlinjer för internationellt samarbete". */
    public static PolicyProfile tyreso() {
        return PolicyProfile.builder(TYRESO_CODE, "Tyresö kommun: Riktlinjer för internationellt samarbete")
                // "Respektive nämnd redovisar i årsredovisningen den internationella samverkan som bedrivits inom
                // nämndens verksamhetsområde." Each committee with international work that year; the committees'
                // internal deadline is not named: default 15 February.
                .rules(R6).annualReportScope(AnnualReportScope.EACH_COMMITTEE)
                // "Innan projektansökan lämnas in ska kommunstyrelsen godkänna att nämnden ansöker om medverkan i
                // projektet. Godkännande behöver inte inhämtas för att delta i förstudier"
                .rules(R7)
                // "Vänortsbesök ska efter genomförda besök redovisas till kommunstyrelsen." No time limit is named:
                // default 60 days, about two board meetings.
                .rules(R8)
                // "Nya vänortsavtal bör därför endast ingås i det fall motparten känner ett värde av ett formellt
                // avtal.": "bör", a preference.
                .prefers(R9).newTwinTownNeedsValuedAgreement(true)
                // "För utvecklingsarbete inom kommunens förvaltningar ska alltid prövas möjligheten till
                // finansiering och utbyte genom internationella fonder och program.": a duty to examine.
                .rules(R12)
                // "Kommunstyrelsen ... tecknar Samarbetsavtal, beslutar om att ingå och säga upp vänortsavtal, ingår
                // kommunalt partnerskap, samt beslutar om medlemskap i internationella nätverk och organisationer som
                // omfattar hela kommunen": it enters all four kinds, ends only twin towns, and decides only the
                // memberships that cover the whole municipality. Continuing after a review is not in the sentence.
                .rules(R16)
                .boardEnters(PartnershipKind.COOPERATION_AGREEMENT, PartnershipKind.TWIN_TOWN,
                        PartnershipKind.MUNICIPAL_PARTNERSHIP, PartnershipKind.NETWORK_MEMBERSHIP)
                .boardEnds(PartnershipKind.TWIN_TOWN)
                .boardMembershipsOnlyCoveringWholeMunicipality(true)
                // "2.2 Barn och ungdomars internationella kontakter ... Barn och ungdomar ska stimuleras till
                // deltagande i olika internationella utbytes-program liksom till skolsamarbete länder emellan."
                .priorityAreas(Area.YOUTH, Area.SCHOOL_EXCHANGE)
                .obligationsTrackedFrom(TRACKED_FROM)
                .build();
    }

    /** Eksjö: "Internationell policy för Eksjö kommun". */
    public static PolicyProfile eksjo() {
        return PolicyProfile.builder(EKSJO_CODE, "Internationell policy för Eksjö kommun")
                // "Det internationella arbetet ska årligen följas upp och redovisas i kommunens årsredovisning.": one
                // follow-up of the municipality's work, not a section per committee.
                .rules(R6).annualReportScope(AnnualReportScope.MUNICIPALITY)
                // "Den internationella policyn och det arbete som bedrivits enligt denna, ska utvärderas en gång per
                // mandatperiod."
                .rules(R11)
                // "Det bör även vara en extern finansiering där så är möjligt, exempelvis med EU-medel.": a preference.
                .prefers(R12)
                // "Förutsättningen för projektsamverkan är att det finns tydliga mål som överensstämmer med policyn
                // och att flera parter medverkar."
                .rules(R13)
                // "Kravet är att det finns ett tydligt och förankrat syfte." "För att få bidrag är det en
                // förutsättning att viss egenfinansiering sker." "Viss" names no share: any positive own financing
                // qualifies (minimum share 0). "Sektorn beslutar även om bidrag till projekt och utbyten."
                .rules(R14).grantDecidedBy(BodyKind.ADMINISTRATION)
                // "Kommunstyrelsen beslutar om medlemskap i internationella nätverk och organisationer.": it enters
                // memberships; ending one is not in the sentence.
                .rules(R16).boardEnters(PartnershipKind.NETWORK_MEMBERSHIP)
                // "Prioriterade områden": Ungdom; Utbildning; Kultur och fritid ("idrott, musik, konst, dans och
                // turism"); Demokratiutveckling; Näringsliv och civilsamhälle.
                .priorityAreas(Area.YOUTH, Area.EDUCATION, Area.CULTURE, Area.SPORT, Area.TOURISM, Area.DEMOCRACY,
                        Area.BUSINESS)
                .obligationsTrackedFrom(TRACKED_FROM)
                .build();
    }

    public static ImmutableList<PolicyProfile> all() {
        return ImmutableList.of(lidkoping(), lillaEdet(), tyreso(), eksjo());
    }

    public static Optional<PolicyProfile> forMunicipality(MunicipalityCode code) {
        return all().stream().filter(p -> p.municipality().equals(code)).findFirst();
    }
}
