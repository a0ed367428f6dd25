package se.omvarld.domain.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.AnnualReportScope;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.statistics.Conversion;
import se.omvarld.domain.statistics.Unconverted;

/**
 * The follow-up of a year's international work in the annual report (årsredovisningen), R6: Tyresö's each committee
 * writes for the work within its area ({@link AnnualReportScope#EACH_COMMITTEE}, {@link #committee} present), Eksjö
 * writes one for the municipality ({@link AnnualReportScope#MUNICIPALITY}, no committee).
 *
 * <p>A committee's section holds the projects it owns or whose units it has taking part, the visits its people made
 * or hosted and its own partnerships in force in the year; its external funding is that of the projects it owns,
 * which it finances. The municipality's section holds all of the year's projects and visits, the partnerships in
 * force in it, and all of its external funding.
 *
 * @param externalFunding the section's external funding granted in the year, in SEK; it leaves out what is in
 *                        {@link #unconverted}
 * @param obligation      the section the policy asks for (R6), with its due day and status; empty where the
 *                        profile asks for none
 */
public record CommitteeReportSection(MunicipalityCode municipality, String municipalityName, int year,
        LocalDate compiledOn, AnnualReportScope scope, Optional<Committee> committee,
        ImmutableList<PartnershipLine> partnerships, ImmutableList<ProjectLine> projects,
        ImmutableList<VisitLine> visits, Money externalFunding, ImmutableList<Conversion> conversions,
        ImmutableList<Unconverted> unconverted, Optional<ReportingObligation> obligation) {

    public CommitteeReportSection {
        checkNotNull(municipality, "municipality is required");
        municipalityName = Text.required("municipality name", municipalityName);
        checkNotNull(compiledOn, "compiledOn is required");
        checkNotNull(scope, "scope is required");
        checkNotNull(committee, "committee is required (empty for the municipality's section)");
        checkArgument(committee.isPresent() == (scope == AnnualReportScope.EACH_COMMITTEE),
                "a committee's section names its committee, the municipality's none");
        partnerships = ImmutableList.copyOf(checkNotNull(partnerships, "partnerships are required"));
        projects = ImmutableList.copyOf(checkNotNull(projects, "projects are required"));
        visits = ImmutableList.copyOf(checkNotNull(visits, "visits are required"));
        checkNotNull(externalFunding, "externalFunding is required");
        checkArgument(externalFunding.currency().equals(Money.SEK), "external funding is in SEK");
        conversions = ImmutableList.copyOf(checkNotNull(conversions, "conversions are required"));
        unconverted = ImmutableList.copyOf(checkNotNull(unconverted, "unconverted is required"));
        checkArgument(conversions.stream().map(Conversion::sek).reduce(Money.zero(Money.SEK), Money::plus)
                .equals(externalFunding), "the external funding is the sum of its conversions");
        checkNotNull(obligation, "obligation is required (may be empty)");
        obligation.ifPresent(o -> checkArgument(o.kind() == ObligationKind.ANNUAL_REPORT_SECTION
                || o.kind() == ObligationKind.ANNUAL_REPORT, "%s is no annual-report obligation", o.key()));
    }

    /** Who writes the section: the committee's name, or the municipality's. */
    public String reportedBy() {
        return committee.map(Committee::name).orElse(municipalityName);
    }

    /** Whether every granted amount could be converted, so that {@link #externalFunding} leaves nothing out. */
    public boolean isFundingComplete() {
        return unconverted.isEmpty();
    }
}
