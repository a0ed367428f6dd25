package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.application.Scenarios.COORDINATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.Violation;

class FundingUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Ports ports = TestPorts.on(TODAY);
    private final FundingUseCases funding = new FundingUseCases(ports);

    @Test
    void eksjo_watches_the_open_calls_that_fit_its_priority_areas() {
        Scenarios.registerEksjo(ports);
        FundingProgramme erasmus = programme("Erasmus+", Set.of(Area.YOUTH, Area.EDUCATION, Area.HEALTH));
        Call youth = publish(erasmus, "Youth exchanges 2027", Set.of(Area.YOUTH), TODAY.minusDays(30),
                TODAY.plusDays(60));
        Call soonerEducation = publish(erasmus, "School partnerships", Set.of(Area.EDUCATION), TODAY.minusDays(10),
                TODAY.plusDays(20));
        publish(erasmus, "Health in schools", Set.of(Area.HEALTH), TODAY.minusDays(10), TODAY.plusDays(20));
        publish(erasmus, "Youth exchanges 2026", Set.of(Area.YOUTH), TODAY.minusDays(200), TODAY.minusDays(1));

        assertThat(funding.openCallsForPriorities(MunicipalityCode.of("0686")).value())
                .extracting(Call::title).containsExactly(soonerEducation.title(), youth.title());
    }

    @Test
    void a_call_closing_before_it_opens_is_invalid_and_names_the_field() {
        Scenarios.registerEksjo(ports);
        FundingProgramme erasmus = programme("Erasmus+", Set.of(Area.YOUTH));

        Result<Call> result = funding.publishCall(new FundingCommands.PublishCall(COORDINATOR, "0686",
                erasmus.id().toString(), "Backwards", Set.of(Area.YOUTH), TODAY, TODAY.minusDays(1)));

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<Call>) result).violations()).extracting(Violation::field).containsExactly("call");
    }

    @Test
    void a_co_financing_rate_above_one_is_invalid() {
        Scenarios.registerEksjo(ports);

        Result<FundingProgramme> result = funding.registerProgramme(new FundingCommands.RegisterProgramme(
                COORDINATOR, "0686", "Interreg", "EU", FundingSource.EU, "EUR", new BigDecimal("1.5"), Set.of()));

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<FundingProgramme>) result).violations()).extracting(Violation::field)
                .containsExactly("coFinancingRate");
    }

    @Test
    void a_co_financing_rate_with_more_than_ten_decimals_is_invalid() {
        Scenarios.registerEksjo(ports);

        Result<FundingProgramme> result = funding.registerProgramme(new FundingCommands.RegisterProgramme(
                COORDINATOR, "0686", "Interreg", "EU", FundingSource.EU, "EUR", new BigDecimal("0.33333333333"),
                Set.of()));

        assertThat(((Result.Invalid<FundingProgramme>) result).violations()).extracting(Violation::field)
                .containsExactly("coFinancingRate");
    }

    private FundingProgramme programme(String name, Set<Area> areas) {
        return funding.registerProgramme(new FundingCommands.RegisterProgramme(COORDINATOR, "0686", name,
                "European Commission", FundingSource.EU, "EUR", new BigDecimal("0.8"), areas)).value();
    }

    private Call publish(FundingProgramme programme, String title, Set<Area> areas, LocalDate opens,
            LocalDate deadline) {
        return funding.publishCall(new FundingCommands.PublishCall(COORDINATOR, "0686", programme.id().toString(),
                title, areas, opens, deadline)).value();
    }

    @Test
    void a_call_is_found_by_its_id_in_its_own_municipality_only() {
        Scenarios.registerEksjo(ports);
        Call youth = publish(programme("Erasmus+", Set.of(Area.YOUTH)), "Youth exchanges 2027", Set.of(Area.YOUTH),
                TODAY.minusDays(30), TODAY.plusDays(60));

        assertThat(funding.call(MunicipalityCode.of("0686"), youth.id()).value()).isEqualTo(youth);
        assertThat(funding.call(MunicipalityCode.of("1494"), youth.id()))
                .isEqualTo(new Result.NotFound<>("call", youth.id().toString()));
    }
}
