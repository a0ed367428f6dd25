package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.AnnualCompilation;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.Compilations;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.statistics.Rate;
import se.omvarld.domain.statistics.RateLookup;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.ExchangeRates;
import se.omvarld.port.Violation;

/**
 * The reports of a year: the annual compilation for the executive board (R5) and the annual report's sections (R6),
 * compiled from the register in one transaction, ready for a {@link se.omvarld.port.ReportRenderer} to write.
 *
 * <p>A report reads the whole register but the funding calls, which no report shows; the reported figures; the
 * rates of the years it shows, read ahead at once; and, for the compilation's findings, the country assessments of
 * the countries the register names.
 */
public final class ReportUseCases {

    private final Ports ports;

    public ReportUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
    }

    /** The compilation of {@code year}'s international work (årlig sammanställning, R5), as of today. */
    public Result<AnnualCompilation> annualCompilation(MunicipalityCode municipality, int year) {
        return compiled(municipality, year, (profile, register, today) -> Compilations.compile(profile, register,
                year, today, rates(register, year - Compilations.YEARS_SHOWN + 1, year),
                ports.reportedFigures().all(municipality),
                ports.countryAssessments().tableFor(countries(register))));
    }

    /**
     * The annual report's sections on {@code year} (R6) as the municipality's profile asks for them: one per committee
     * with international work in the year (Tyresö), or the municipality's one (Eksjö).
     */
    public Result<ImmutableList<CommitteeReportSection>> committeeSections(MunicipalityCode municipality, int year) {
        return compiled(municipality, year, (profile, register, today) -> Compilations.sections(profile, register,
                year, today, rates(register, year, year)));
    }

    /** One committee's section on {@code year}; not found when the committee owes none for the year. */
    public Result<CommitteeReportSection> committeeSection(MunicipalityCode municipality, int year,
            CommitteeId committee) {
        checkNotNull(committee, "committee is required");
        Result<ImmutableList<CommitteeReportSection>> sections = committeeSections(municipality, year);
        if (!(sections instanceof Result.Ok<ImmutableList<CommitteeReportSection>> ok)) {
            return retyped(sections);
        }
        return ok.value().stream()
                .filter(s -> s.committee().map(Committee::id).filter(committee::equals).isPresent())
                .findFirst().<Result<CommitteeReportSection>>map(Result.Ok::new)
                .orElseGet(() -> new Result.NotFound<>("annual-report section", year + "/" + committee.value()));
    }

    private interface Compilation<T> {
        T of(PolicyProfile profile, Register register, LocalDate today);
    }

    private <T> Result<T> compiled(MunicipalityCode municipality, int year, Compilation<T> compilation) {
        checkNotNull(municipality, "municipality is required");
        LocalDate today = ports.clock().today();
        int earliest = ReportedFigures.FIRST_YEAR + Compilations.YEARS_SHOWN - 1;
        if (year < earliest || year > today.getYear()) {
            return new Result.Invalid<>(ImmutableList.of(new Violation("year", Wording.of(
                    WordingKey.FIELD_YEAR_OUT_OF_RANGE, "must be from " + earliest + " to " + today.getYear()
                    + ", was " + year, earliest, today.getYear(), year))));
        }
        return ports.transactions().inTransaction(() -> {
            Optional<Municipality> found = ports.municipalities().find(municipality);
            if (found.isEmpty()) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            Optional<PolicyProfile> profile = ports.profiles().of(municipality);
            if (profile.isEmpty()) {
                return new Result.NotFound<>("policy profile", municipality.value());
            }
            return new Result.Ok<>(compilation.of(profile.get(), load(found.get()), today));
        });
    }

    private Register load(Municipality municipality) {
        MunicipalityCode code = municipality.code();
        return new Register(municipality, ports.partners().all(code), ports.partnerships().all(code),
                ports.projects().all(code), ports.funding().programmes(code), ImmutableList.of(),
                ports.grants().all(code), ports.visits().all(code), ports.obligations().all(code));
    }

    /** The rates to SEK of every currency a budget is in, for the years shown, read ahead in one go. */
    private RateLookup rates(Register register, int firstYear, int lastYear) {
        Set<Currency> currencies = new HashSet<>();
        register.projects().forEach(p -> currencies.add(p.budget().externalFunding().currency()));
        ExchangeRates exchangeRates = ports.exchangeRates().readAhead(currencies, Money.SEK,
                DateRange.years(firstYear, lastYear));
        return (from, day) -> exchangeRates.rate(from, Money.SEK, day)
                .map(r -> new Rate(from, r.rate(), r.day(), r.source()));
    }

    /** Every country the register names: the ones R2's findings may consult. */
    private static Set<CountryCode> countries(Register register) {
        Set<CountryCode> countries = new HashSet<>();
        register.partners().forEach(p -> countries.add(p.country()));
        register.partnerships().forEach(p -> countries.add(p.country()));
        register.projects().forEach(p -> countries.addAll(p.countries()));
        return countries;
    }

    /** A failed result as a result of another type: a report is only ever invalid or not found. */
    private static <T> Result<T> retyped(Result<?> failed) {
        if (failed instanceof Result.Invalid<?> invalid) {
            return new Result.Invalid<>(invalid.violations());
        }
        if (failed instanceof Result.NotFound<?> notFound) {
            return new Result.NotFound<>(notFound.what(), notFound.id());
        }
        throw new IllegalStateException("a report is never " + failed);
    }
}
