package se.omvarld.adapter.http.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.omvarld.application.VisitCommands;
import se.omvarld.domain.policy.Advice;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.visit.Visit;
import se.omvarld.domain.visit.VisitReport;
import se.omvarld.port.VisitSummary;

/** Maps the visit DTOs to the core's commands, and a visit to its view. */
@Mapper(uses = CommonMapper.class)
public interface VisitMapper {

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    VisitCommands.Record command(VisitDtos.RecordVisitRequest request, String actor, String municipality);

    List<CommonDtos.AdviceView> advice(List<Advice> advice);

    /** A visit is a class, not a record: its view is put together here. */
    default VisitDtos.VisitView view(Visit v, List<Advice> advice) {
        return new VisitDtos.VisitView(v.id().toString(), v.partnership().map(Object::toString).orElse(null),
                ApiEnums.Direction.valueOf(v.direction().name()), v.dates().start(), v.dates().end(), v.purpose(),
                v.participants(), v.digitalMeetingConsidered(),
                v.committees().stream().map(CommitteeId::value).collect(Collectors.toCollection(LinkedHashSet::new)),
                v.version(), advice(advice));
    }

    @Mapping(target = "partnershipId", expression = "java(summary.partnership().map(Object::toString).orElse(null))")
    VisitDtos.VisitSummaryView view(VisitSummary summary);

    @Mapping(target = "visitId", expression = "java(report.visit().toString())")
    @Mapping(target = "mediaType", expression = "java(report.format().mediaType())")
    VisitDtos.VisitReportView view(VisitReport report);
}
