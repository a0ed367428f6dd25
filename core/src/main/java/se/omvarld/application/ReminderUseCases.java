package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.reminder.DeliveryKey;
import se.omvarld.domain.reminder.DueItem;
import se.omvarld.domain.reminder.ReminderMessage;
import se.omvarld.domain.reminder.ReminderSchedule;
import se.omvarld.domain.reminder.Responsibility;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.ReminderDeliveries;
import se.omvarld.port.UserAccountRepository;

/**
 * Reminders by e-mail: which messages are due today for every account that wants them (and which failed ones are
 * due again), and the record of each delivery, so that a message is sent once across runs, restarts and instances.
 * The sending itself is the caller's: it {@linkplain #claim claims} a message, sends it, and marks it
 * {@linkplain #sent sent} or {@linkplain #failed failed}.
 */
public final class ReminderUseCases {

    /** How long after a failed send it is tried again: the next hourly run after it. */
    public static final Duration RETRY_AFTER = Duration.ofMinutes(30);
    /** What a failure's reason is cut to before it is stored. */
    static final int MAX_REASON = 1000;

    private final Ports ports;
    private final UserAccountRepository accounts;
    private final ReminderDeliveries deliveries;
    private final RegisterUseCases registers;

    public ReminderUseCases(Ports ports, UserAccountRepository accounts, ReminderDeliveries deliveries) {
        this.ports = checkNotNull(ports, "ports are required");
        this.accounts = checkNotNull(accounts, "accounts are required");
        this.deliveries = checkNotNull(deliveries, "deliveries are required");
        this.registers = new RegisterUseCases(ports);
    }

    /**
     * Every message due today: each wanting account's reminders and (on a Monday) digest, then the failed messages
     * due for a retry that today's schedule does not already hold, as they read today. Messages already sent are
     * among them; claiming one answers that it is.
     */
    public ImmutableList<ReminderMessage> due() {
        LocalDate today = ports.clock().today();
        Map<MunicipalityCode, List<UserAccount>> byMunicipality = new LinkedHashMap<>();
        for (UserAccount account : accounts.wantingReminders()) {
            byMunicipality.computeIfAbsent(account.municipality(), m -> new ArrayList<>()).add(account);
        }
        Map<MunicipalityCode, Optional<Answerable>> answerable = new HashMap<>();
        ImmutableList.Builder<ReminderMessage> due = ImmutableList.builder();
        Set<DeliveryKey> scheduled = new HashSet<>();
        byMunicipality.forEach((code, wanting) -> answerable.computeIfAbsent(code, c -> answerable(c, today))
                .ifPresent(municipal -> wanting.forEach(account -> ReminderSchedule.due(account,
                        municipal.itemsOf(account, today), today).forEach(message -> {
                            due.add(message);
                            scheduled.add(message.key());
                        }))));
        for (DeliveryKey key : deliveries.dueForRetry(ports.clock().now(), today)) {
            if (scheduled.contains(key)) {
                continue;
            }
            Optional<UserAccount> account = accounts.find(key.municipality(), key.account());
            Optional<Answerable> municipal = answerable.computeIfAbsent(key.municipality(),
                    c -> answerable(c, today));
            if (account.isPresent() && municipal.isPresent()) {
                ReminderSchedule.again(key, account.get(), municipal.get().itemsOf(account.get(), today), today)
                        .ifPresent(due::add);
            }
        }
        return due.build();
    }

    /** Claims the message for sending now: true if this caller is to send it, false if it is not to. */
    public boolean claim(ReminderMessage message) {
        return deliveries.claim(message.key(), ports.clock().now());
    }

    /** Records that the claimed message was sent. */
    public void sent(ReminderMessage message) {
        deliveries.markSent(message.key(), ports.clock().now());
    }

    /** Records that sending the claimed message failed, and why; it is tried again {@link #RETRY_AFTER} from now. */
    public Instant failed(ReminderMessage message, String reason) {
        Instant retryAt = ports.clock().now().plus(RETRY_AFTER);
        String kept = Strings.isNullOrEmpty(reason) ? "unknown failure" : reason;
        deliveries.markFailed(message.key(), kept.length() > MAX_REASON ? kept.substring(0, MAX_REASON) : kept,
                retryAt);
        return retryAt;
    }

    /** A municipality's profile, register and the obligations a reminder or digest may name, read once per run. */
    private Optional<Answerable> answerable(MunicipalityCode code, LocalDate today) {
        Optional<PolicyProfile> profile = ports.profiles().of(code);
        Result<Register> register = registers.register(code);
        Result<ImmutableList<ReportingObligation>> soon = registers.obligations(code,
                DateRange.of(today, today.plusDays(ReminderPreferences.MAX_DAYS_BEFORE)));
        Result<ImmutableList<ReportingObligation>> overdue = registers.overdue(code);
        if (profile.isEmpty() || !register.isOk() || !soon.isOk() || !overdue.isOk()) {
            return Optional.empty();
        }
        List<ReportingObligation> obligations = new ArrayList<>(overdue.value());
        obligations.addAll(soon.value());
        return Optional.of(new Answerable(profile.get(), register.value(),
                obligations.stream().distinct().collect(Collectors.toList())));
    }

    private record Answerable(PolicyProfile profile, Register register, List<ReportingObligation> obligations) {
        ImmutableList<DueItem> itemsOf(UserAccount account, LocalDate today) {
            return Responsibility.of(account, profile, register, obligations, today);
        }
    }
}
