package se.omvarld.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.port.FundingRepository;
import se.omvarld.port.ProjectRepository;
import se.omvarld.port.Transactions;

/** The read use cases a caller may call on their own read in one transaction of their own: one snapshot. */
class ReadsInOneTransactionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final MunicipalityCode EKSJO = MunicipalityCode.of("0686");
    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    private final AtomicInteger depth = new AtomicInteger();
    private final List<String> reads = new ArrayList<>();
    private final List<String> outside = new ArrayList<>();
    private final Ports watched;

    ReadsInOneTransactionTest() {
        Ports ports = TestPorts.on(TODAY);
        Scenarios.registerEksjo(ports);
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                depth.incrementAndGet();
                try {
                    return ports.transactions().inTransaction(work);
                } finally {
                    depth.decrementAndGet();
                }
            }
        };
        watched = ports.toBuilder().transactions(transactions)
                .projects(watch(ProjectRepository.class, ports.projects()))
                .funding(watch(FundingRepository.class, ports.funding())).build();
    }

    private <T> T watch(Class<T> type, T repository) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String read = type.getSimpleName() + "." + method.getName();
            reads.add(read);
            if (depth.get() == 0) {
                outside.add(read);
            }
            try {
                return method.invoke(repository, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    @Test
    void finding_a_project_reads_in_a_transaction() {
        assertThat(new ProjectUseCases(watched).find(EKSJO, ProjectId.of(UNKNOWN)))
                .isInstanceOf(Result.NotFound.class);

        assertThat(reads).isNotEmpty();
        assertThat(outside).isEmpty();
    }

    @Test
    void reading_a_call_and_the_open_calls_read_in_a_transaction() {
        FundingUseCases funding = new FundingUseCases(watched);

        assertThat(funding.call(EKSJO, CallId.of(UNKNOWN))).isInstanceOf(Result.NotFound.class);
        assertThat(funding.openCallsFitting(EKSJO, EnumSet.of(Area.YOUTH))).isEmpty();
        assertThat(funding.openCallsForPriorities(EKSJO).value()).isEmpty();

        assertThat(reads).contains("FundingRepository.findCall", "FundingRepository.openCalls");
        assertThat(outside).isEmpty();
    }
}
