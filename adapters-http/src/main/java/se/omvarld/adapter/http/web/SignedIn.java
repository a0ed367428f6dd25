package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.access.UserAccount;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;

/**
 * The person a session was signed in as: their account, municipality, role and (for a unit editor) unit, as the
 * account said at sign-in. Every page reads and changes this municipality's register only.
 */
public record SignedIn(String accountId, String name, MunicipalityCode municipality, Role role,
        Optional<UnitId> unit) {

    public SignedIn {
        checkNotNull(accountId, "accountId is required");
        checkNotNull(name, "name is required");
        checkNotNull(municipality, "municipality is required");
        checkNotNull(role, "role is required");
        checkNotNull(unit, "unit is required (may be empty)");
        checkArgument(unit.isPresent() == (role == Role.UNIT_EDITOR), "a unit editor has a unit, and only one");
    }

    static SignedIn of(UserAccount account) {
        return new SignedIn(account.id(), account.name(), account.municipality(), account.role(), account.unit());
    }

    /** The name the audit trail records for changes this person makes, as the API names a token's holder. */
    public String actor() {
        return name + " (account " + accountId + ")";
    }

    /** Whether this person may change a record of {@code unit}: the whole register's roles may, a unit editor its own. */
    public boolean mayEdit(Optional<UnitId> recordUnit) {
        if (role.changesTheWholeRegister()) {
            return true;
        }
        return role == Role.UNIT_EDITOR && unit.isPresent() && unit.equals(recordUnit);
    }
}
