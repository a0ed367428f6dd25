package se.omvarld.adapter.http.api;

import java.math.BigDecimal;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.omvarld.application.GrantCommands;
import se.omvarld.application.ProjectCommands;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.policy.Advice;
import se.omvarld.domain.shared.Money;
import se.omvarld.port.GrantSummary;

/** Maps the grant DTOs to the core's commands, and a grant to its view. */
@Mapper(uses = CommonMapper.class)
public interface GrantMapper {

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    GrantCommands.Apply command(GrantDtos.ApplyForGrantRequest request, String actor, String municipality);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "grantId", source = "grantId")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    GrantCommands.Decide command(GrantDtos.DecideGrantRequest request, String actor, String municipality,
            String grantId, Long expectedVersion);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "grantId", source = "grantId")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    GrantCommands.FollowUp command(GrantDtos.FollowUpGrantRequest request, String actor, String municipality,
            String grantId, Long expectedVersion);

    /** The amount as the core takes it; the DTO's pattern has already made sure it is a decimal number. */
    default ProjectCommands.Amount amount(CommonDtos.Money money) {
        return money == null ? null : new ProjectCommands.Amount(new BigDecimal(money.amount()), money.currency());
    }

    default CommonDtos.Money money(Money money) {
        return new CommonDtos.Money(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    GrantDtos.GrantFollowUpView view(AssociationGrant.FollowUp followUp);

    List<CommonDtos.AdviceView> advice(List<Advice> advice);

    /** A grant is a class, not a record: its view is put together here, from the mapped parts. */
    default GrantDtos.GrantView view(AssociationGrant g, List<Advice> advice) {
        CommonMapper common = CommonMapper.INSTANCE;
        return new GrantDtos.GrantView(g.id().toString(), g.association(), g.purpose(), g.purposeAnchored(),
                money(g.requested()), money(g.ownFinancing()), g.exchange().start(), g.exchange().end(),
                g.appliedOn(), ApiEnums.GrantStatus.valueOf(g.status().name()),
                g.decision().map(common::decision).orElse(null), g.granted().map(this::money).orElse(null),
                g.followUp().map(this::view).orElse(null), g.version(), advice(advice));
    }

    @Mapping(target = "granted", expression = "java(summary.granted().map(this::money).orElse(null))")
    GrantDtos.GrantSummaryView view(GrantSummary summary);
}
