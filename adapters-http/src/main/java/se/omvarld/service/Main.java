package se.omvarld.service;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import se.omvarld.adapter.db.Database;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.adapter.db.ImportReport;
import se.omvarld.adapter.db.ReferenceDataImport;
import se.omvarld.application.Ports;
import se.omvarld.application.RegisterUseCases;
import se.omvarld.application.Result;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.statistics.YearFigures;

/**
 * Runs what exists of the service today: opens the database (embedded H2 under {@code ./data} unless
 * {@code OMVARLD_DB_URL} says otherwise), migrates it, loads the reference data and Lidköping's demo register when
 * absent, and prints the demo register's reporting obligations, its yearly figures beside those the municipality
 * reported, and its compliance findings as of today.
 */
public final class Main {

    static final String PROFILES_DIR_VARIABLE = "OMVARLD_PROFILES_DIR";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        MunicipalityCode code = args.length > 0 ? MunicipalityCode.of(args[0]) : LidkopingRegister.CODE;
        try (Database database = Database.start(DbSettings.fromEnvironment());
                BeanValidationCommandValidator validator = new BeanValidationCommandValidator()) {
            for (ImportReport report : new ReferenceDataImport(database.persistence()).importShippedIfEmpty()) {
                out.println("Reference data " + report);
            }
            Ports ports = Wiring.ports(database, profiles(), new SystemClock(), validator);
            if (DemoData.loadIfAbsent(ports, LidkopingRegister.register(), LidkopingRegister.reportedFigures())) {
                out.println("Loaded Lidköping's register (from its public page) into " + database.settings());
            }
            report(ports, code, out);
        }
    }

    static ConfiguredProfiles profiles() {
        String folder = System.getenv(PROFILES_DIR_VARIABLE);
        return folder == null || folder.isBlank() ? ConfiguredProfiles.shippedOnly()
                : ConfiguredProfiles.withFolder(Path.of(folder));
    }

    /**
     * Prints the municipality's obligations from last year to next, its figures up to last year, then its compliance
     * findings.
     */
    static void report(Ports ports, MunicipalityCode code, PrintStream out) {
        LocalDate today = ports.clock().today();
        PolicyProfile profile = ports.profiles().of(code)
                .orElseThrow(() -> new IllegalArgumentException("no policy profile for municipality " + code));
        RegisterUseCases register = new RegisterUseCases(ports);
        out.println();
        out.println(profile.policyName() + " (" + code + "), rules " + profile.rules() + ", as of " + today);
        out.println();
        out.println("Reporting obligations due " + (today.getYear() - 1) + "–" + (today.getYear() + 1) + ":");
        for (ReportingObligation o : ok(register.obligations(code,
                DateRange.years(today.getYear() - 1, today.getYear() + 1)))) {
            out.printf("  %s  %-9s %-8s %s — %s, from %s to %s%n", o.due(), o.status(),
                    o.isOverdue(today) ? "OVERDUE" : "", o.key(), o.subject(), o.responsible(), o.recipient());
        }
        out.println();
        printFigures(ports, register, code, today.getYear() - 1, out);
        out.println();
        ImmutableList<Finding> findings = ok(register.compliance(code));
        out.println("Compliance findings (" + findings.size() + "):");
        for (Finding f : findings) {
            out.printf("  %-7s %-4s since %s  %s: %s%n", f.severity(), f.rule(), f.since(), f.record(),
                    f.explanation());
        }
    }

    /**
     * Prints each year's figures as computed from the register and, beside them (never added to them), those the
     * municipality reported before or outside Omvärld: from the first year it reported figures for (or
     * {@code lastYear}, if it reported none) to {@code lastYear}.
     */
    static void printFigures(Ports ports, RegisterUseCases register, MunicipalityCode code, int lastYear,
            PrintStream out) {
        int firstYear = Math.min(lastYear, ports.reportedFigures().all(code).stream().mapToInt(ReportedFigures::year)
                .min().orElse(lastYear));
        out.println("Figures " + firstYear + "–" + lastYear + ", computed from the register | as reported by the"
                + " municipality:");
        for (YearFigures y : ok(register.statistics(code, firstYear, lastYear))) {
            out.printf("  %d  %d activities, %s external funding | %s%n", y.year(), y.activities().total(),
                    y.funding().total(), y.reported().map(r -> r.activities() + " activities, " + r.externalFunding()
                            + " external funding (" + r.source() + ")").orElse("nothing reported"));
        }
    }

    private static <T> T ok(Result<T> result) {
        if (!result.isOk()) {
            throw new IllegalStateException("the register could not be read: " + result);
        }
        return result.value();
    }
}
