package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.compliance.Compliance;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.register.ObligationPlanner;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.Compilations;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.statistics.Rate;
import se.omvarld.domain.statistics.RateLookup;
import se.omvarld.domain.statistics.Statistics;
import se.omvarld.domain.statistics.YearFigures;
import se.omvarld.port.ExchangeRates;

/**
 * The whole register and what follows from it: the reporting obligations the policy imposes, the compliance
 * findings, the yearly figures in SEK — what the coordinator's overview, the yearly follow-up and the public page
 * read — and settling an obligation.
 *
 * <p>The queries keep the register they last loaded for each municipality, with its
 * {@linkplain se.omvarld.port.MunicipalityRepository#registerVersion register version}, and reuse it while the
 * version read at the start of the query's transaction is the same: equal versions mean an equal register, and every
 * committed change to the register changes the version, so no query answers from a register older than the one its
 * own transaction would load. A register is immutable, so the queries share it without copying; the work the
 * planner finds in it (what {@code overdue} and {@code compliance} both start from) is kept with it. Reference data
 * (country assessments, exchange rates) and the reported figures are read per call, as before.
 */
public final class RegisterUseCases {

    private static final int YEARS_AHEAD = 5;
    /**
     * How many municipalities' registers are kept: more than Sweden's 290, so a national deployment keeps every one;
     * beyond that, the least recently used is dropped first.
     */
    static final int REGISTERS_KEPT = 500;

    private final Ports ports;
    private final Execution execution;
    private final Cache<MunicipalityCode, Loaded> registers =
            CacheBuilder.newBuilder().maximumSize(REGISTERS_KEPT).build();

    /**
     * A register as loaded at {@code version} of its municipality's register, and the last work planned on it (the
     * planner is a function of the profile, the register and the horizon, so it is reused for the same three).
     */
    private static final class Loaded {
        final long version;
        final Register register;
        private volatile Planned planned;

        Loaded(long version, Register register) {
            this.version = version;
            this.register = register;
        }

        ImmutableList<ReportingObligation> work(PolicyProfile profile, LocalDate until) {
            Planned last = planned;
            if (last != null && last.until().equals(until) && last.profile().equals(profile)) {
                return last.work();
            }
            ImmutableList<ReportingObligation> work = ObligationPlanner.work(profile, register, until);
            planned = new Planned(profile, until, work);
            return work;
        }
    }

    private record Planned(PolicyProfile profile, LocalDate until, ImmutableList<ReportingObligation> work) {
    }

    public RegisterUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    /** One municipality's whole register, read in one transaction. */
    public Result<Register> register(MunicipalityCode code) {
        return ports.transactions().inTransaction(() -> current(code)
                .<Result<Register>>map(kept -> new Result.Ok<>(kept.register))
                .orElseGet(() -> new Result.NotFound<>("municipality", code.value())));
    }

    /**
     * The register as the calling transaction sees it: the one kept from an earlier query if the register version,
     * read first in this transaction, is still the one it was loaded at; else loaded now, in this transaction, and
     * kept. On PostgreSQL, at REPEATABLE READ, the version and the load belong to one snapshot taken by the first
     * read. H2 (2.5, REPEATABLE READ) fixes a table's rows only when the transaction first reads that table, so a load
     * may also see changes committed after the version was read; such a register is kept under the older version,
     * which the next query no longer finds (the change raised it), so it is never reused for a later state.
     */
    private Optional<Loaded> current(MunicipalityCode code) {
        long version = ports.municipalities().registerVersion(code);
        Loaded kept = registers.getIfPresent(code);
        if (kept != null && kept.version == version) {
            return Optional.of(kept);
        }
        Optional<Loaded> loaded = load(code).map(register -> new Loaded(version, register));
        loaded.ifPresent(fresh -> registers.asMap().merge(code, fresh,
                (older, newer) -> newer.version >= older.version ? newer : older));
        return loaded;
    }

    private Optional<Register> load(MunicipalityCode code) {
        Optional<Municipality> municipality = ports.municipalities().find(code);
        return municipality.map(m -> new Register(m, ports.partners().all(code), ports.partnerships().all(code),
                ports.projects().all(code), ports.funding().programmes(code), ports.funding().calls(code),
                ports.grants().all(code), ports.visits().all(code), ports.obligations().all(code)));
    }

    /** The obligations due within {@code period}, with their status; overdue ones follow from the clock. */
    public Result<ImmutableList<ReportingObligation>> obligations(MunicipalityCode code, DateRange period) {
        return withProfile(code, (profile, register, work) -> ObligationPlanner.plan(profile, register, period));
    }

    /**
     * The obligation with {@code key} as the planner knows it today, settled or not: the one {@link #settle} would
     * settle. Not found when the planner knows no such obligation.
     */
    public Result<ReportingObligation> obligation(MunicipalityCode code, ObligationKey key) {
        checkNotNull(key, "key is required");
        LocalDate today = ports.clock().today();
        Result<Optional<ReportingObligation>> found = withProfile(code, (profile, register, work) -> work.asOf(today)
                .stream().filter(o -> o.key().equals(key)).findFirst());
        if (found instanceof Result.NotFound<Optional<ReportingObligation>> missing) {
            return new Result.NotFound<>(missing.what(), missing.id());
        }
        return found.value().<Result<ReportingObligation>>map(Result.Ok::new)
                .orElseGet(() -> new Result.NotFound<>("obligation", key.value()));
    }

    /**
     * Whose sections of the annual report on {@code year} the municipality writes (a committee's, or the
     * municipality's one: empty), as the compilation's sections are; from the kept register, without compiling them.
     */
    public Result<ImmutableList<Optional<Committee>>> annualReportSections(MunicipalityCode code, int year) {
        return withProfile(code, (profile, register, work) -> Compilations.sectionsOwed(profile, register, year));
    }

    /** The obligations that are overdue today. */
    public Result<ImmutableList<ReportingObligation>> overdue(MunicipalityCode code) {
        LocalDate today = ports.clock().today();
        return withProfile(code, (profile, register, work) -> work.asOf(today).stream()
                .filter(o -> o.isOverdue(today)).collect(ImmutableList.toImmutableList()));
    }

    /** Every compliance finding over the whole register, as of today. */
    public Result<ImmutableList<Finding>> compliance(MunicipalityCode code) {
        LocalDate today = ports.clock().today();
        return withProfile(code, (profile, register, work) -> Compliance.check(profile, register,
                ports.countryAssessments().tableFor(countries(register)), work.asOf(today), today));
    }

    /**
     * What the coordinator's overview shows of the register: the obligations overdue today, those pending and due
     * within {@code daysAhead} days from today (today included), and every compliance finding — as {@link #overdue},
     * {@link #obligations} and {@link #compliance} answer them, but in one transaction from one run of the planner.
     */
    public Result<Overview> overview(MunicipalityCode code, int daysAhead) {
        if (daysAhead < 0) {
            return new Result.Invalid<>(ImmutableList.of(new se.omvarld.port.Violation("daysAhead",
                    Wording.of(WordingKey.FIELD_NEGATIVE, "must not be negative"))));
        }
        LocalDate today = ports.clock().today();
        LocalDate until = today.plusDays(daysAhead);
        return withProfile(code, (profile, register, work) -> {
            ImmutableList<ReportingObligation> planned = work.asOf(today);
            return new Overview(
                    planned.stream().filter(o -> o.isOverdue(today)).collect(ImmutableList.toImmutableList()),
                    planned.stream().filter(o -> o.status() == ObligationStatus.PENDING && !o.due().isBefore(today)
                            && !o.due().isAfter(until)).collect(ImmutableList.toImmutableList()),
                    Compliance.check(profile, register, ports.countryAssessments().tableFor(countries(register)),
                            planned, today));
        });
    }

    /** The overview's part of the register: see {@link #overview}. Obligations ordered by due day, then key. */
    public record Overview(ImmutableList<ReportingObligation> overdue, ImmutableList<ReportingObligation> dueSoon,
            ImmutableList<Finding> findings) {

        public Overview {
            checkNotNull(overdue, "overdue is required");
            checkNotNull(dueSoon, "dueSoon is required");
            checkNotNull(findings, "findings are required");
        }
    }

    /**
     * Activities and external funding in SEK for each year from {@code firstYear} to {@code lastYear}, computed from
     * the register, each year beside the figures the municipality reported for it before or outside Omvärld, if any.
     */
    public Result<ImmutableList<YearFigures>> statistics(MunicipalityCode code, int firstYear, int lastYear) {
        if (lastYear < firstYear) {
            return new Result.Invalid<>(ImmutableList.of(new se.omvarld.port.Violation("lastYear",
                    Wording.of(WordingKey.FIELD_BEFORE_FIRST_YEAR, "must not be before firstYear " + firstYear,
                            firstYear))));
        }
        return withProfile(code, (profile, register, work) -> {
            // Every rate the figures may need, read at once in this transaction rather than once per conversion.
            ExchangeRates exchangeRates = ports.exchangeRates().readAhead(currencies(register), Money.SEK,
                    DateRange.years(firstYear, lastYear));
            RateLookup rates = (from, day) -> exchangeRates.rate(from, Money.SEK, day)
                    .map(r -> new Rate(from, r.rate(), r.day(), r.source()));
            return Statistics.forYears(register, ports.reportedFigures().all(code), firstYear, lastYear, rates);
        });
    }

    /** Every country the register names: the ones R2 may consult. */
    private static Set<CountryCode> countries(Register register) {
        Set<CountryCode> countries = new HashSet<>();
        register.partners().forEach(p -> countries.add(p.country()));
        register.partnerships().forEach(p -> countries.add(p.country()));
        register.projects().forEach(p -> countries.addAll(p.countries()));
        return countries;
    }

    /** Every currency a project's budget is in: the ones the statistics may convert. */
    private static Set<Currency> currencies(Register register) {
        Set<Currency> currencies = new HashSet<>();
        register.projects().forEach(p -> {
            currencies.add(p.budget().externalFunding().currency());
            currencies.add(p.budget().total().currency());
        });
        return currencies;
    }

    /** Records an obligation as submitted or waived. Only an obligation the planner knows can be settled, once. */
    public Result<ObligationRecord> settle(ObligationCommands.Settle command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode code = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            ObligationKey key = input.field("key", () -> new ObligationKey(command.key()));
            input.notAfter("on", command.on(), ports.clock().today());
            input.check();
            Optional<PolicyProfile> profile = execution.profile(code);
            if (profile.isEmpty()) {
                return new Result.NotFound<>("policy profile", code.value());
            }
            Optional<Register> register = load(code);
            if (register.isEmpty()) {
                return new Result.NotFound<>("municipality", code.value());
            }
            Optional<ReportingObligation> obligation = planned(profile.get(), register.get(), ports.clock().today())
                    .stream().filter(o -> o.key().equals(key)).findFirst();
            if (obligation.isEmpty()) {
                return new Result.NotFound<>("obligation", key.value());
            }
            if (obligation.get().settled().isPresent()) {
                return new Result.Conflict<>("obligation " + key + " is already " + obligation.get().status()
                        .name().toLowerCase());
            }
            ObligationRecord record = input.field("record", () -> command.waived()
                    ? ObligationRecord.waived(key, code, command.on(), command.note())
                    : ObligationRecord.submitted(key, code, command.on(), command.note()));
            input.check();
            if (!command.waived() && command.on().isBefore(obligation.get().trigger())) {
                return new Result.Invalid<>(ImmutableList.of(new se.omvarld.port.Violation("on", Wording.of(
                        WordingKey.FIELD_BEFORE_TRIGGER, "must not be before " + obligation.get().trigger()
                        + ", when the obligation arose", obligation.get().trigger()))));
            }
            ObligationRecord saved = ports.obligations().save(record);
            execution.audit(code, command.actor(), "obligation", key.value(), saved.version(),
                    command.waived() ? "waive" : "submit", Wording.of(WordingKey.AUDIT_OBLIGATION_SETTLED,
                            saved.status().name().toLowerCase() + " on " + saved.on(), saved.status(), saved.on()));
            return new Result.Ok<>(saved);
        });
    }

    /**
     * The register's work: everything due from the day it follows obligations from to a few years ahead of today,
     * and a strategy revision (R10) still pending from before then, in one run of the planner.
     */
    private static ImmutableList<ReportingObligation> planned(PolicyProfile profile, Register register,
            LocalDate today) {
        return ObligationPlanner.work(profile, register, horizon(today));
    }

    private static LocalDate horizon(LocalDate today) {
        return DateRange.year(today.getYear() + YEARS_AHEAD).end();
    }

    private interface Query<T> {
        T answer(PolicyProfile profile, Register register, Work work);
    }

    /** The register's work as planned for {@code today} (see {@link #planned}), reused while the register is. */
    private interface Work {
        ImmutableList<ReportingObligation> asOf(LocalDate today);
    }

    private <T> Result<T> withProfile(MunicipalityCode code, Query<T> query) {
        Optional<PolicyProfile> profile = execution.profile(code);
        if (profile.isEmpty()) {
            return new Result.NotFound<>("policy profile", code.value());
        }
        return ports.transactions().inTransaction(() -> current(code)
                .<Result<T>>map(kept -> new Result.Ok<>(query.answer(profile.get(), kept.register,
                        today -> kept.work(profile.get(), horizon(today)))))
                .orElseGet(() -> new Result.NotFound<>("municipality", code.value())));
    }
}
