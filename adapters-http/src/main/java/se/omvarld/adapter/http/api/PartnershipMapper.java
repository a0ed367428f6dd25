package se.omvarld.adapter.http.api;

import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.omvarld.application.PartnershipCommands;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.StatusChange;
import se.omvarld.domain.policy.Advice;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.port.PartnerSummary;
import se.omvarld.port.PartnershipSummary;

/** Maps the partner and partnership DTOs to the core's commands, and the core's values to the DTOs. */
@Mapper(uses = CommonMapper.class)
public interface PartnershipMapper {

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    PartnershipCommands.RegisterPartner command(PartnershipDtos.RegisterPartnerRequest request, String actor,
            String municipality);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    PartnershipCommands.Propose command(PartnershipDtos.ProposePartnershipRequest request, String actor,
            String municipality);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "partnershipId", source = "partnershipId")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    PartnershipCommands.RecordAnalysis command(PartnershipDtos.RecordAnalysisRequest request, String actor,
            String municipality, String partnershipId, Long expectedVersion);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "partnershipId", source = "partnershipId")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    PartnershipCommands.RecordDemocracyPlan command(PartnershipDtos.RecordDemocracyPlanRequest request,
            String actor, String municipality, String partnershipId, Long expectedVersion);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "partnershipId", source = "partnershipId")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    @Mapping(target = "step", source = "step")
    PartnershipCommands.Decide command(CommonDtos.DecisionRequest request, String actor, String municipality,
            String partnershipId, Long expectedVersion, PartnershipCommands.Step step);

    PartnershipDtos.PartnerView view(Partner partner);

    PartnershipDtos.PartnerView view(PartnerSummary partner);

    @Mapping(target = "partnerId", source = "partner")
    PartnershipDtos.PartnershipSummaryView view(PartnershipSummary summary);

    PartnershipDtos.AnalysisView view(BenefitRiskAnalysis analysis);

    PartnershipDtos.DemocracyPlanView view(DemocracyPlan plan);

    PartnershipDtos.StatusChangeView view(StatusChange change);

    List<CommonDtos.AdviceView> advice(List<Advice> advice);

    /** A partnership is a class, not a record: its view is put together here, from the mapped parts. */
    default PartnershipDtos.PartnershipView view(Partnership p, List<Advice> advice) {
        CommonMapper common = CommonMapper.INSTANCE;
        return new PartnershipDtos.PartnershipView(p.id().toString(), p.partner().toString(), p.country().value(),
                ApiEnums.PartnershipKind.valueOf(p.kind().name()), p.title(),
                p.areas().stream().map(a -> ApiEnums.Area.valueOf(a.name()))
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                p.fundingSources().stream().map(f -> ApiEnums.FundingSource.valueOf(f.name()))
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                p.committees().stream().map(common::text)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                p.proposedOn(), ApiEnums.PartnershipStatus.valueOf(p.status().name()),
                p.activatedOn().orElse(null), p.terminatedOn().orElse(null), p.counterpartValuesFormalAgreement(),
                p.analysis().map(this::view).orElse(null), p.democracyPlan().map(this::view).orElse(null),
                p.history().stream().map(this::view).toList(), p.version(), advice(advice));
    }
}
