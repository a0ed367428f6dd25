package se.omvarld.application;

import com.google.common.collect.ImmutableList;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.visit.Visit;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.VisitQuery;
import se.omvarld.port.VisitSummary;

/** Visits (R3 when recorded; R8's report follows from the obligation planner). */
public final class VisitUseCases {

    private final Ports ports;
    private final Execution execution;

    public VisitUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    public Result<Visit> record(VisitCommands.Record command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            Optional<PartnershipId> partnership = input.field("partnershipId",
                    () -> Optional.ofNullable(command.partnershipId()).map(PartnershipId::of));
            DateRange dates = input.field("lastDay", () -> DateRange.of(command.firstDay(), command.lastDay()));
            input.check();
            var profile = execution.profile(municipality);
            if (profile.isEmpty()) {
                return new Result.NotFound<>("policy profile", municipality.value());
            }
            if (partnership.isPresent() && ports.partnerships().find(municipality, partnership.get()).isEmpty()) {
                return new Result.NotFound<>("partnership", partnership.get().toString());
            }
            var organisation = ports.municipalities().find(municipality);
            if (organisation.isEmpty()) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            var committees = input.field("committeeIds", () -> Committees.of(organisation.get(),
                    command.committeeIds()));
            input.check();
            VisitId visitId = new VisitId(ports.ids().next());
            var outcome = input.field("visit", () -> Visit.record(visitId, municipality,
                    partnership, command.direction(), dates, command.purpose(), command.participants(),
                    command.digitalMeetingConsidered(), committees, profile.get()));
            input.check();
            return Execution.refusedOr(outcome, visit -> {
                Visit saved = ports.visits().save(visit);
                execution.audit(municipality, command.actor(), "visit", saved.id().toString(), saved.version(),
                        "record", Wording.of(WordingKey.AUDIT_VISIT_RECORDED, saved.direction().name().toLowerCase()
                                + " visit " + saved.dates(), saved.direction(), saved.dates().start(),
                                saved.dates().end()));
                return new Result.Ok<>(saved);
            });
        });
    }

    /** The visits within a partnership, for its history and its R8 reports. */
    public Result<ImmutableList<Visit>> ofPartnership(MunicipalityCode municipality, PartnershipId partnership) {
        return ports.transactions().inTransaction(() -> ports.partnerships().find(municipality, partnership)
                .isPresent() ? new Result.Ok<>(ports.visits().ofPartnership(municipality, partnership))
                : new Result.NotFound<>("partnership", partnership.toString()));
    }

    /** A page of the municipality's list of visits as the query asks (filters and order): the API's list. */
    public Result<Page<VisitSummary>> list(MunicipalityCode municipality, VisitQuery query, PageRequest request) {
        return Listings.page(ports, municipality, () -> ports.visits().list(municipality, query, request));
    }
}
