package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.EmailAddress;
import se.omvarld.domain.access.ReminderPreferences;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.StaleVersionException;
import se.omvarld.port.UserAccountRepository;
import se.omvarld.testkit.Fixtures;

/**
 * What every {@link UserAccountRepository} must do. Instants are kept to the microsecond (as PostgreSQL keeps them):
 * the accounts here are made at whole microseconds. Every account has a fresh e-mail address, since an address is
 * unique in the whole store.
 */
public abstract class UserAccountRepositoryContract extends PersistenceContract {

    /** 2026-12-01 08:30:15.654321 UTC: microseconds, which every store keeps. */
    private static final Instant CREATED = Instant.parse("2026-12-01T08:30:15.654321Z");

    /** An Argon2id encoding's shape; the store keeps it as text and never looks inside. */
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$"
            + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

    private UserAccountRepository accounts() {
        return persistence().accounts();
    }

    private static String freshId() {
        return "acc-" + UUID.randomUUID();
    }

    private static EmailAddress freshEmail() {
        return EmailAddress.of("person-" + UUID.randomUUID() + "@example.se");
    }

    private static UserAccount coordinator(MunicipalityCode municipality, String id, String name) {
        return UserAccount.open(id, municipality, freshEmail(), name, Role.COORDINATOR, Optional.empty(), HASH,
                ReportLanguage.SWEDISH, CREATED);
    }

    private static UserAccount coordinator(MunicipalityCode municipality) {
        return coordinator(municipality, freshId(), "Anna Lindqvist");
    }

    private static UserAccount wanting(MunicipalityCode municipality, String id, ReminderPreferences reminders) {
        return coordinator(municipality, id, "Anna Lindqvist").withReminders(reminders);
    }

    private static final ReminderPreferences WEEKLY = new ReminderPreferences(true, Optional.empty());
    private static final ReminderPreferences TWO_WEEKS_BEFORE = new ReminderPreferences(false, Optional.of(14));

    @Test
    void a_new_account_is_stored_as_version_1_and_found_by_its_municipality_and_id() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount account = coordinator(municipality);

        UserAccount saved = accounts().save(account);

        assertThat(saved).isEqualTo(account.withVersion(1));
        assertThat(accounts().find(municipality, account.id())).contains(saved);
    }

    @Test
    void a_stored_account_is_found_by_its_e_mail_address_however_it_is_typed() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount saved = store(coordinator(municipality));

        assertThat(accounts().findByEmail(EmailAddress.of(saved.email().value().toUpperCase()))).contains(saved);
        assertThat(accounts().findByEmail(freshEmail())).isEmpty();
    }

    @Test
    void every_field_is_kept_to_the_microsecond() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount account = new UserAccount(freshId(), municipality, freshEmail(), "Åsa Öberg", Role.UNIT_EDITOR,
                Optional.of(Fixtures.LIBRARY_ID), HASH, ReportLanguage.ENGLISH,
                new ReminderPreferences(true, Optional.of(ReminderPreferences.MAX_DAYS_BEFORE)), CREATED,
                Optional.of(CREATED.plusNanos(1_000)), 0);

        UserAccount saved = store(account);

        assertThat(accounts().find(municipality, account.id())).contains(saved);
        assertThat(accounts().findByEmail(account.email())).contains(saved);
    }

    @Test
    void every_role_is_kept() {
        MunicipalityCode municipality = newMunicipality();
        for (Role role : Role.values()) {
            UserAccount account = store(UserAccount.open(freshId(), municipality, freshEmail(), "Anna", role,
                    role == Role.UNIT_EDITOR ? Optional.of(Fixtures.LIBRARY_ID) : Optional.empty(), HASH,
                    ReportLanguage.SWEDISH, CREATED));
            assertThat(accounts().find(municipality, account.id())).as(role.name()).contains(account);
        }
    }

    @Test
    void a_change_read_at_the_stored_version_is_stored_at_the_next() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount stored = store(coordinator(municipality));
        UserAccount changed = stored.withLanguage(ReportLanguage.ENGLISH).withReminders(TWO_WEEKS_BEFORE)
                .withPasswordHash(HASH + "x").withRole(Role.UNIT_EDITOR, Optional.of(Fixtures.LIBRARY_ID));

        UserAccount saved = accounts().save(changed);

        assertThat(saved).isEqualTo(changed.withVersion(2));
        assertThat(accounts().find(municipality, stored.id())).contains(saved);
        assertThat(accounts().save(saved.disable(CREATED.plusSeconds(60))).version()).isEqualTo(3);
    }

    @Test
    void a_change_read_at_an_older_version_is_refused_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount first = store(coordinator(municipality));
        UserAccount second = store(first.withLanguage(ReportLanguage.ENGLISH));

        assertThatThrownBy(() -> accounts().save(first.withReminders(WEEKLY)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(accounts().find(municipality, first.id())).contains(second);
    }

    @Test
    void a_change_to_an_account_never_stored_is_refused() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount neverStored = coordinator(municipality).withVersion(1);

        assertThatThrownBy(() -> accounts().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(accounts().find(municipality, neverStored.id())).isEmpty();
    }

    @Test
    void a_new_account_under_an_id_already_stored_is_refused() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount stored = store(coordinator(municipality));
        UserAccount sameId = coordinator(municipality, stored.id(), "Someone Else");

        assertThatThrownBy(() -> accounts().save(sameId)).isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts().find(municipality, stored.id())).contains(stored);
        assertThat(accounts().findByEmail(sameId.email())).isEmpty();
    }

    @Test
    void a_new_account_with_an_e_mail_address_already_stored_is_refused_in_any_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        UserAccount stored = store(coordinator(a));
        UserAccount sameEmailInA = UserAccount.open(freshId(), a, stored.email(), "Eve", Role.VIEWER,
                Optional.empty(), HASH, ReportLanguage.SWEDISH, CREATED);
        UserAccount sameEmailInB = UserAccount.open(freshId(), b, stored.email(), "Eve", Role.VIEWER,
                Optional.empty(), HASH, ReportLanguage.SWEDISH, CREATED);

        assertThatThrownBy(() -> accounts().save(sameEmailInA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts().save(sameEmailInB)).isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts().findByEmail(stored.email())).contains(stored);
        assertThat(accounts().of(a)).containsExactly(stored);
        assertThat(accounts().of(b)).isEmpty();
    }

    @Test
    void a_change_to_an_e_mail_address_another_account_has_is_refused_and_changes_nothing() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount anna = store(coordinator(municipality));
        UserAccount eve = store(coordinator(municipality));
        UserAccount eveAsAnna = new UserAccount(eve.id(), municipality, anna.email(), eve.name(), eve.role(),
                eve.unit(), eve.passwordHash(), eve.language(), eve.reminders(), eve.createdAt(), eve.disabledAt(),
                eve.version());

        assertThatThrownBy(() -> accounts().save(eveAsAnna)).isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts().find(municipality, eve.id())).contains(eve);
        assertThat(accounts().findByEmail(anna.email())).contains(anna);
    }

    @Test
    void an_unknown_account_is_not_found() {
        assertThat(accounts().find(newMunicipality(), freshId())).isEmpty();
    }

    @Test
    void an_account_is_not_found_through_another_municipality() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        UserAccount ofA = store(coordinator(a));

        assertThat(accounts().find(b, ofA.id())).isEmpty();
        assertThat(accounts().of(b)).isEmpty();
    }

    @Test
    void the_same_id_in_another_municipality_is_another_account() {
        MunicipalityCode a = newMunicipality();
        MunicipalityCode b = newMunicipality();
        UserAccount ofA = store(coordinator(a));
        UserAccount ofB = store(coordinator(b, ofA.id(), "Bengt Berg"));

        assertThat(accounts().find(a, ofA.id())).contains(ofA);
        assertThat(accounts().find(b, ofA.id())).contains(ofB);
    }

    @Test
    void of_lists_the_municipality_s_accounts_disabled_ones_included_by_name_then_id_as_string_compare_to_does() {
        MunicipalityCode municipality = newMunicipality();
        for (String name : TITLES_IN_STORING_ORDER) {
            store(coordinator(municipality, freshId(), name));
        }
        UserAccount bravoLowerB = store(coordinator(municipality, "b", "Bravo").disable(CREATED));
        UserAccount bravoUpperA = store(coordinator(municipality, "Ab", "Bravo"));

        List<UserAccount> listed = accounts().of(municipality);

        assertThat(listed).extracting(UserAccount::name)
                .containsExactly("Bravo", "Bravo", "Bravo", "Zagreb", "alpha", "Ängelholm");
        assertThat(listed.get(0)).isEqualTo(bravoUpperA);
        assertThat(listed.get(1).id()).startsWith("acc-");
        assertThat(listed.get(2)).isEqualTo(bravoLowerB);
    }

    @Test
    void those_wanting_reminders_are_the_enabled_accounts_that_want_a_digest_or_reminders() {
        MunicipalityCode municipality = newMunicipality();
        UserAccount weekly = store(wanting(municipality, freshId(), WEEKLY));
        UserAccount beforeDueDates = store(wanting(municipality, freshId(), TWO_WEEKS_BEFORE));
        UserAccount nothing = store(wanting(municipality, freshId(), ReminderPreferences.none()));
        UserAccount disabled = store(wanting(municipality, freshId(), WEEKLY).disable(CREATED));

        List<UserAccount> wanting = accounts().wantingReminders();

        assertThat(wanting).contains(weekly, beforeDueDates);
        assertThat(wanting).extracting(UserAccount::id).doesNotContain(nothing.id(), disabled.id());
    }

    @Test
    void those_wanting_reminders_are_listed_by_municipality_then_id() {
        MunicipalityCode first = newMunicipality();
        MunicipalityCode second = newMunicipality();
        MunicipalityCode earlier = first.compareTo(second) < 0 ? first : second;
        MunicipalityCode later = earlier.equals(first) ? second : first;
        UserAccount laterA = store(wanting(later, "a", WEEKLY));
        UserAccount earlierB = store(wanting(earlier, "b", TWO_WEEKS_BEFORE));
        UserAccount earlierA = store(wanting(earlier, "a", WEEKLY));

        List<UserAccount> ours = accounts().wantingReminders().stream()
                .filter(a -> a.municipality().equals(first) || a.municipality().equals(second)).toList();

        assertThat(ours).containsExactly(earlierA, earlierB, laterA);
    }
}
