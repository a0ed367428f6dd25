package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.port.FundingRepository;

final class InMemoryFundingRepository implements FundingRepository {

    private static final Comparator<FundingProgramme> BY_NAME = Comparator.comparing(FundingProgramme::name)
            .thenComparing(p -> Ordering.key(p.id().value()));
    private static final Comparator<Call> BY_DEADLINE = Comparator.comparing(Call::deadline)
            .thenComparing(Call::title).thenComparing(c -> Ordering.key(c.id().value()));

    private final MemoryStore store;

    InMemoryFundingRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<FundingProgramme> findProgramme(MunicipalityCode municipality, ProgrammeId id) {
        return store.locked(() -> store.programmes.find(Scoped.of(municipality, id)));
    }

    @Override
    public FundingProgramme save(FundingProgramme programme) {
        return store.locked(() -> store.programmes.save(Scoped.of(programme.municipality(), programme.id()),
                programme));
    }

    @Override
    public ImmutableList<FundingProgramme> programmes(MunicipalityCode municipality) {
        return store.locked(() -> store.programmes.where(p -> p.municipality().equals(municipality)).stream()
                .sorted(BY_NAME).collect(ImmutableList.toImmutableList()));
    }

    @Override
    public Optional<Call> findCall(MunicipalityCode municipality, CallId id) {
        return store.locked(() -> store.calls.find(Scoped.of(municipality, id)));
    }

    @Override
    public Call save(Call call) {
        return store.locked(() -> {
            checkArgument(store.programmes.find(Scoped.of(call.municipality(), call.programme())).isPresent(),
                    "programme %s is not in %s's register", call.programme(), call.municipality());
            return store.calls.save(Scoped.of(call.municipality(), call.id()), call);
        });
    }

    @Override
    public ImmutableList<Call> openCalls(MunicipalityCode municipality, LocalDate day) {
        return calls(c -> c.municipality().equals(municipality) && c.isOpenOn(day));
    }

    @Override
    public ImmutableList<Call> calls(MunicipalityCode municipality) {
        return calls(c -> c.municipality().equals(municipality));
    }

    private ImmutableList<Call> calls(Predicate<Call> filter) {
        return store.locked(() -> store.calls.where(filter).stream().sorted(BY_DEADLINE)
                .collect(ImmutableList.toImmutableList()));
    }
}
