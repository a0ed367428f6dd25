package se.omvarld.domain.funding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Set;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.WordingKey;

/** A call for applications (utlysning) under a funding programme, open from {@code opens} to its deadline. */
public record Call(CallId id, MunicipalityCode municipality, ProgrammeId programme, String title,
        ImmutableSet<Area> areas, LocalDate opens, LocalDate deadline, long version) {

    public Call {
        checkNotNull(id, "call id is required");
        checkNotNull(municipality, "municipality is required");
        checkNotNull(programme, "programme is required");
        title = Text.name("call title", title);
        areas = Sets.immutableEnumSet(checkNotNull(areas, "areas are required"));
        checkArgument(!areas.isEmpty(), "a call names at least one area");
        checkNotNull(opens, "opens is required");
        checkNotNull(deadline, "deadline is required");
        if (deadline.isBefore(opens)) {
            throw InvalidValue.of(WordingKey.FIELD_CALL_DEADLINE_BEFORE_OPENS, "deadline " + deadline
                    + " is before the call opens on " + opens, deadline, opens);
        }
        checkArgument(version >= 0, "version must not be negative");
    }

    public static Call publish(CallId id, FundingProgramme programme, String title, Set<Area> areas,
            LocalDate opens, LocalDate deadline) {
        if (!programme.eligibleAreas().isEmpty() && !programme.eligibleAreas().containsAll(areas)) {
            throw InvalidValue.of(WordingKey.FIELD_CALL_AREAS_NOT_ELIGIBLE, "the call's areas " + areas
                    + " lie outside " + programme.name() + "'s eligible areas " + programme.eligibleAreas(),
                    Sets.immutableEnumSet(areas), programme.name(), programme.eligibleAreas());
        }
        return new Call(id, programme.municipality(), programme.id(), title, ImmutableSet.copyOf(areas), opens,
                deadline, 0);
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(deadline);
    }

    /** Whether the call covers any of {@code wanted}. */
    public boolean fits(Set<Area> wanted) {
        return !Sets.intersection(areas, wanted).isEmpty();
    }

    public Call withVersion(long newVersion) {
        return new Call(id, municipality, programme, title, areas, opens, deadline, newVersion);
    }
}
