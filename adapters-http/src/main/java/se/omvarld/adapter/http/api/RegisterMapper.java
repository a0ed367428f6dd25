package se.omvarld.adapter.http.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.Finding;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.statistics.Activities;
import se.omvarld.domain.statistics.Conversion;
import se.omvarld.domain.statistics.ExternalFunding;
import se.omvarld.domain.statistics.Rate;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.domain.statistics.Unconverted;
import se.omvarld.domain.statistics.YearFigures;

/** Maps the register's obligations, findings and figures to the API's views. */
@Mapper(uses = CommonMapper.class)
public interface RegisterMapper {

    @Mapping(target = "policy", expression = "java(finding.rule().source())")
    @Mapping(target = "explanation", source = "wording.english")
    @Mapping(target = "record", source = "reference.english")
    RegisterDtos.FindingView view(Finding finding);

    RegisterDtos.BodyView view(Body body);

    RegisterDtos.ReportedFiguresView view(ReportedFigures figures);

    @Mapping(target = "from", expression = "java(rate.from().getCurrencyCode())")
    @Mapping(target = "sekPerUnit", expression = "java(rate.sekPerUnit().toPlainString())")
    RegisterDtos.RateView view(Rate rate);

    @Mapping(target = "projectId", source = "project")
    RegisterDtos.ConversionView view(Conversion conversion);

    @Mapping(target = "projectId", source = "project")
    RegisterDtos.UnconvertedView view(Unconverted unconverted);

    @Mapping(target = "total", expression = "java(activities.total())")
    RegisterDtos.ActivitiesView view(Activities activities);

    /** Money as text: the amount as an exact decimal string and its currency's ISO 4217 code. */
    default CommonDtos.Money money(Money money) {
        return new CommonDtos.Money(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    @Mapping(target = "key", expression = "java(record.key().value())")
    @Mapping(target = "pathKey", expression = "java(RegisterDtos.pathKey(record.key().value()))")
    RegisterDtos.ObligationRecordView view(ObligationRecord record);

    /** An obligation as of {@code today}, which says whether it is overdue. */
    default RegisterDtos.ObligationView view(ReportingObligation o, LocalDate today) {
        return new RegisterDtos.ObligationView(o.key().value(), RegisterDtos.pathKey(o.key().value()),
                ApiEnums.ObligationKind.valueOf(o.kind().name()),
                o.kind().rule().map(r -> ApiEnums.RuleId.valueOf(r.name())).orElse(null), o.subject(), o.trigger(),
                o.due(), view(o.responsible()), view(o.recipient()),
                ApiEnums.ObligationStatus.valueOf(o.status().name()), o.isOverdue(today),
                o.settled().map(ObligationRecord::on).orElse(null),
                o.settled().map(ObligationRecord::note).orElse(null));
    }

    /** The funding of a year: its maps keyed by text, in the order of their keys. */
    default RegisterDtos.FundingView view(ExternalFunding f) {
        return new RegisterDtos.FundingView(money(f.total()), f.isComplete(),
                f.isComplete() ? null : f.totalNote(), moneys(f.byProgramme(), Function.identity()),
                moneys(f.byUnit(), Function.identity()), moneys(f.byCountry(), c -> c.value()),
                moneys(f.byArea(), Enum::name), f.conversions().stream().map(this::view).toList(),
                f.unconverted().stream().map(this::view).toList());
    }

    default RegisterDtos.YearFiguresView view(YearFigures y) {
        return new RegisterDtos.YearFiguresView(y.year(), view(y.activities()), view(y.funding()),
                y.reported().map(this::view).orElse(null));
    }

    private <K> Map<String, CommonDtos.Money> moneys(Map<K, Money> amounts, Function<K, String> key) {
        Map<String, CommonDtos.Money> texts = new TreeMap<>();
        amounts.forEach((k, v) -> texts.put(key.apply(k), money(v)));
        return texts;
    }
}
