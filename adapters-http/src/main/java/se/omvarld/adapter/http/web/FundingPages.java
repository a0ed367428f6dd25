package se.omvarld.adapter.http.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.ProgrammeId;

/**
 * The funding programmes the municipality watches and their calls ({@code /app/funding}): every programme with its
 * funder, source, co-financing and areas; the calls open today that fit the municipality's priority areas (the
 * use case the API's open-calls route calls); and all the calls, soonest deadline first. Read-only: the JSON API
 * registers programmes and calls.
 */
public final class FundingPages implements WebRoutes {

    private final ApiServices services;

    FundingPages(ApiServices services) {
        this.services = services;
    }

    public record ProgrammeRow(String name, String funder, String source, String coFinancing, String areas) {
    }

    public record CallRow(String id, String title, String programme, String opens, String deadline, String areas) {
    }

    public record FundingView(List<ProgrammeRow> programmes, List<CallRow> fitting, List<CallRow> calls) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/funding", this::funding);
    }

    private void funding(WebRequest x) {
        Messages m = x.m();
        var code = x.municipality();
        List<FundingProgramme> programmes = services.ports().transactions().inTransaction(() -> services.ports()
                .funding().programmes(code));
        List<Call> calls = services.ports().transactions().inTransaction(() -> services.ports().funding()
                .calls(code));
        List<Call> fitting = x.found(services.funding().openCallsForPriorities(code));
        Map<ProgrammeId, String> names = programmes.stream()
                .collect(Collectors.toMap(FundingProgramme::id, FundingProgramme::name));
        x.render("funding/funding.jte", x.page("funding.title", Page.Section.FUNDING), new FundingView(
                programmes.stream().map(p -> new ProgrammeRow(p.name(), p.funder(),
                        m.t("partnership.source." + p.source().name()),
                        m.t("funding.rate", p.coFinancingRate().movePointRight(2).stripTrailingZeros().toPlainString()),
                        areas(p.eligibleAreas(), m))).collect(Collectors.toList()),
                rows(fitting, names, m), rows(calls, names, m)));
    }

    private static List<CallRow> rows(List<Call> calls, Map<ProgrammeId, String> names, Messages m) {
        return calls.stream().map(c -> new CallRow(c.id().toString(), c.title(), names.getOrDefault(c.programme(),
                c.programme().toString()), m.date(c.opens()), m.date(c.deadline()), areas(c.areas(), m)))
                .collect(Collectors.toList());
    }

    private static String areas(java.util.Set<Area> areas, Messages m) {
        return areas.stream().map(a -> m.t("area." + a.name())).collect(Collectors.joining(", "));
    }
}
