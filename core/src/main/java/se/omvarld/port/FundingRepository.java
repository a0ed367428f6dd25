package se.omvarld.port;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProgrammeId;

/** The funding programmes a municipality watches and their calls. */
public interface FundingRepository {

    Optional<FundingProgramme> findProgramme(MunicipalityCode municipality, ProgrammeId id);

    /** @throws StaleVersionException if the stored version is not the one {@code programme} was read at */
    FundingProgramme save(FundingProgramme programme);

    /** The municipality's programmes, by name. */
    ImmutableList<FundingProgramme> programmes(MunicipalityCode municipality);

    Optional<Call> findCall(MunicipalityCode municipality, CallId id);

    /**
     * Stores a call of a stored programme of the same municipality.
     *
     * @throws StaleVersionException if the stored version is not the one {@code call} was read at
     * @throws IllegalArgumentException if the call's programme is not stored in the municipality's register
     */
    Call save(Call call);

    /** The calls open on {@code day} (opened on or before it, deadline on or after it), soonest deadline first. */
    ImmutableList<Call> openCalls(MunicipalityCode municipality, LocalDate day);

    /** All the municipality's calls, soonest deadline first. */
    ImmutableList<Call> calls(MunicipalityCode municipality);
}
