package se.omvarld.domain.reminder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.obligation.ObligationKey;
import se.omvarld.domain.obligation.ObligationKeys;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.UnitId;

/**
 * What a person answers for (ansvar), by the role of their account:
 * <ul>
 *   <li>an admin or the coordinator: every pending obligation of the municipality, and the deadlines of the calls
 *       open today that fit the policy's priority areas (the calls the coordinator's monitoring of funding
 *       watches);</li>
 *   <li>a unit editor: the pending obligations the unit's committee is responsible for (the committee's section of
 *       the annual report, a grant's or visit's report), of the projects' final reports only those of the unit's own
 *       projects, and the deadlines of the calls open today that fit the areas of the unit's own projects — the
 *       same selection as the unit's calendar feed; a unit without projects is shown no calls, since the
 *       municipality's priority areas are the coordinator's to watch;</li>
 *   <li>a viewer: nothing.</li>
 * </ul>
 */
public final class Responsibility {

    private Responsibility() {
    }

    /**
     * The items {@code account} answers for on {@code today}, by due date then reference.
     *
     * @param obligations the municipality's obligations to choose from (e.g. those due soon and those overdue);
     *     settled ones are left out
     * @throws IllegalArgumentException if the account, the profile and the register are not of one municipality
     */
    public static ImmutableList<DueItem> of(UserAccount account, PolicyProfile profile, Register register,
            Collection<ReportingObligation> obligations, LocalDate today) {
        checkNotNull(account, "account is required");
        checkNotNull(profile, "profile is required");
        checkNotNull(register, "register is required");
        checkNotNull(obligations, "obligations are required");
        checkNotNull(today, "today is required");
        checkArgument(account.municipality().equals(register.municipality().code())
                        && profile.municipality().equals(register.municipality().code()),
                "the account, the profile and the register must be of one municipality");
        Stream<ReportingObligation> pending = obligations.stream()
                .filter(o -> o.status() == ObligationStatus.PENDING);
        Stream<Call> open = register.calls().stream().filter(c -> c.isOpenOn(today));
        Stream<DueItem> items;
        switch (account.role()) {
            case ADMIN:
            case COORDINATOR:
                items = Stream.concat(pending.map(DueItem::of),
                        open.filter(c -> c.fits(profile.priorityAreas())).map(DueItem::of));
                break;
            case UNIT_EDITOR:
                items = unit(register, account.unit().orElseThrow(), pending, open);
                break;
            default:
                items = Stream.empty();
        }
        return items.distinct().sorted(Comparator.comparing(DueItem::due).thenComparing(DueItem::subjectKey))
                .collect(ImmutableList.toImmutableList());
    }

    private static Stream<DueItem> unit(Register register, UnitId unit, Stream<ReportingObligation> pending,
            Stream<Call> open) {
        Municipality municipality = register.municipality();
        Optional<Body> committee = municipality.committeeOf(unit).map(municipality::committeeBody);
        List<Project> projects = register.projects().stream().filter(p -> p.owningUnit().equals(unit)).toList();
        Set<ObligationKey> ownFinalReports = projects.stream().map(p -> ObligationKeys.projectFinalReport(p.id()))
                .collect(Collectors.toSet());
        Set<Area> areas = projects.stream().flatMap(p -> p.areas().stream()).collect(Collectors.toSet());
        return Stream.concat(
                pending.filter(o -> o.kind() == ObligationKind.PROJECT_FINAL_REPORT
                        ? ownFinalReports.contains(o.key())
                        : committee.map(c -> c.equals(o.responsible())).orElse(false)).map(DueItem::of),
                open.filter(c -> c.fits(areas)).map(DueItem::of));
    }
}
