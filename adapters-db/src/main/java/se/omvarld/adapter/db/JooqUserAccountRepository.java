package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static se.omvarld.adapter.db.jooq.Tables.USER_ACCOUNT;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import se.omvarld.adapter.db.jooq.tables.records.UserAccountRecord;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.UserAccountRepository;

/**
 * User accounts: one row each, keyed by (municipality, id), versioned like an aggregate root, the e-mail address
 * unique across every municipality. Instants are kept to the microsecond, as the database keeps them.
 */
public final class JooqUserAccountRepository implements UserAccountRepository {

    private static final String AGGREGATE = "UserAccount";

    private final JooqTransactions transactions;

    public JooqUserAccountRepository(JooqTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions are required");
    }

    @Override
    public UserAccount save(UserAccount account) {
        checkNotNull(account, "account is required");
        return transactions.dsl(dsl -> {
            Condition key = key(account.municipality(), account.id());
            // Asked first, so that a taken address or id is the caller's error, not a failed statement (which would
            // also abort the caller's PostgreSQL transaction).
            checkArgument(!dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.EMAIL.eq(account.email().value())
                    .and(key.not())), "another account has the e-mail address %s", account.email());
            checkArgument(account.version() != 0 || !dsl.fetchExists(USER_ACCOUNT, key),
                    "another account has the id %s in municipality %s", account.id(), account.municipality());
            UserAccountRecord root = record(dsl, account);
            try {
                return Store.guard(AGGREGATE, account.id(), account.version(), () -> account.withVersion(
                        Store.saveRoot(dsl, root, USER_ACCOUNT.VERSION, account.version(), AGGREGATE, account.id())));
            } catch (DataAccessException e) {
                // Only a concurrent writer taking the same address between the question and the update gets here.
                if (Store.uniqueViolation(e)) {
                    throw new IllegalArgumentException("another account has the e-mail address " + account.email(),
                            e);
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<UserAccount> find(MunicipalityCode municipality, String id) {
        checkNotNull(municipality, "municipality is required");
        checkNotNull(id, "id is required");
        return transactions.statement(dsl -> dsl.selectFrom(USER_ACCOUNT).where(key(municipality, id))
                .fetchOptional().map(JooqUserAccountRepository::account));
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        checkNotNull(email, "email is required");
        return transactions.statement(dsl -> dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.EMAIL.eq(email.value())).fetchOptional()
                .map(JooqUserAccountRepository::account));
    }

    @Override
    public ImmutableList<UserAccount> of(MunicipalityCode municipality) {
        checkNotNull(municipality, "municipality is required");
        return transactions.statement(dsl -> dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.MUNICIPALITY_CODE.eq(municipality.value()))
                .orderBy(USER_ACCOUNT.NAME, USER_ACCOUNT.ID).fetch().stream()
                .map(JooqUserAccountRepository::account).collect(ImmutableList.toImmutableList()));
    }

    @Override
    public ImmutableList<UserAccount> wantingReminders() {
        return transactions.statement(dsl -> dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.DISABLED_AT.isNull())
                .and(USER_ACCOUNT.WEEKLY_DIGEST.isTrue().or(USER_ACCOUNT.REMINDER_DAYS_BEFORE.isNotNull()))
                .orderBy(USER_ACCOUNT.MUNICIPALITY_CODE, USER_ACCOUNT.ID).fetch().stream()
                .map(JooqUserAccountRepository::account).collect(ImmutableList.toImmutableList()));
    }

    private static Condition key(MunicipalityCode municipality, String id) {
        return USER_ACCOUNT.MUNICIPALITY_CODE.eq(municipality.value()).and(USER_ACCOUNT.ID.eq(id));
    }

    private static UserAccountRecord record(DSLContext dsl, UserAccount a) {
        UserAccountRecord r = dsl.newRecord(USER_ACCOUNT);
        r.setMunicipalityCode(a.municipality().value());
        r.setId(a.id());
        r.setEmail(a.email().value());
        r.setName(a.name());
        r.setRole(a.role().name());
        r.setUnitId(a.unit().map(UnitId::value).orElse(null));
        r.setPasswordHash(a.passwordHash());
        r.setLanguage(a.language().name());
        r.setWeeklyDigest(a.reminders().weeklyDigest());
        r.setReminderDaysBefore(a.reminders().daysBefore().orElse(null));
        r.setCreatedAt(Rows.timestamp(a.createdAt()));
        r.setDisabledAt(a.disabledAt().map(Rows::timestamp).orElse(null));
        return r;
    }

    private static UserAccount account(UserAccountRecord r) {
        return new UserAccount(r.getId(), MunicipalityCode.of(r.getMunicipalityCode()), EmailAddress.of(r.getEmail()),
                r.getName(), Role.valueOf(r.getRole()), Optional.ofNullable(r.getUnitId()).map(UnitId::of),
                r.getPasswordHash(), ReportLanguage.valueOf(r.getLanguage()),
                new ReminderPreferences(r.getWeeklyDigest(), Optional.ofNullable(r.getReminderDaysBefore())),
                r.getCreatedAt().toInstant(), Optional.ofNullable(r.getDisabledAt()).map(o -> o.toInstant()),
                r.getVersion());
    }
}
