package se.omvarld.adapter.http.api;

import java.time.LocalDate;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;
import se.omvarld.domain.policy.Advice;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.port.AuditEntry;

/** How the core's values become the API's: ids and codes as text, an absent value as an absent field. */
@Mapper
public interface CommonMapper {

    /** The one instance, for the mappers' hand-written default methods (a lookup per call would reflect anew). */
    CommonMapper INSTANCE = Mappers.getMapper(CommonMapper.class);

    default String text(PartnerId id) {
        return id.toString();
    }

    default String text(PartnershipId id) {
        return id.toString();
    }

    default String text(ProjectId id) {
        return id.toString();
    }

    default String text(ProgrammeId id) {
        return id.toString();
    }

    default String text(CallId id) {
        return id.toString();
    }

    default String text(GrantId id) {
        return id.toString();
    }

    default String text(VisitId id) {
        return id.toString();
    }

    default String text(CountryCode country) {
        return country.value();
    }

    default String text(MunicipalityCode code) {
        return code.value();
    }

    default String text(CommitteeId id) {
        return id.value();
    }

    default String text(UnitId id) {
        return id.value();
    }

    default LocalDate date(Optional<LocalDate> date) {
        return date.orElse(null);
    }

    default String text(Optional<String> text) {
        return text.orElse(null);
    }

    @Mapping(target = "decidedByKind", source = "decidedBy.kind")
    @Mapping(target = "decidedByName", source = "decidedBy.name")
    @Mapping(target = "decidedOn", source = "date")
    CommonDtos.DecisionView decision(Decision decision);

    @Mapping(target = "policy", expression = "java(advice.rule().source())")
    @Mapping(target = "reason", source = "wording.english")
    CommonDtos.AdviceView advice(Advice advice);

    @Mapping(target = "change", source = "change.english")
    CommonDtos.HistoryEntry history(AuditEntry entry);
}
