package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.statistics.ReportedFigures;

/**
 * The figures a municipality reported for earlier years, before or outside Omvärld (Lidköping: 98 international
 * activities and 1.8 million kronor of external funding in 2015). {@link RegisterUseCases#statistics} shows them
 * beside the figures it computes.
 */
public final class ReportedFiguresUseCases {

    static final String AGGREGATE = "reported-figures";

    private final Ports ports;
    private final Execution execution;

    public ReportedFiguresUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    /**
     * Records a year's reported figures, or corrects them. New figures are recorded at expected version 0; a year
     * already recorded is corrected at the version it was read at, anything else is a conflict. A year after today's
     * has nothing reported yet.
     */
    public Result<ReportedFigures> record(ReportedFiguresCommands.Record command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode code = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            Money funding = input.field("externalFundingSek", () -> Money.of(command.externalFundingSek(),
                    Money.SEK));
            input.check();
            ReportedFigures figures = input.field("year", () -> ReportedFigures.report(code, command.year(),
                    command.activities(), funding, command.source(), ports.clock().today()));
            input.check();
            if (!ports.municipalities().exists(code)) {
                return new Result.NotFound<>("municipality", code.value());
            }
            String id = Integer.toString(figures.year());
            Optional<ReportedFigures> stored = ports.reportedFigures().find(code, figures.year());
            if (stored.isEmpty() && command.expectedVersion() != 0) {
                return new Result.NotFound<>(AGGREGATE, id);
            }
            Optional<String> stale = Execution.staleness(AGGREGATE, id, command.expectedVersion(),
                    stored.map(ReportedFigures::version).orElse(0L));
            if (stale.isPresent()) {
                return new Result.Conflict<>(stale.get());
            }
            ReportedFigures saved = ports.reportedFigures().save(figures.withVersion(command.expectedVersion()));
            execution.audit(code, command.actor(), AGGREGATE, id, saved.version(),
                    stored.isEmpty() ? "record" : "correct", Wording.of(WordingKey.AUDIT_FIGURES_RECORDED,
                    saved.summary(), (long) saved.year(), (long) saved.activities(), saved.externalFunding(),
                    saved.source()));
            return new Result.Ok<>(saved);
        });
    }
}
