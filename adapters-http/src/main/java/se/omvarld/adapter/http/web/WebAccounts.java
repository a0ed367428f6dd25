package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.port.UserAccountRepository;

/** The accounts people sign in with, and how their passwords are checked. */
public record WebAccounts(UserAccountRepository repository, PasswordCheck passwords) {

    public WebAccounts {
        checkNotNull(repository, "repository is required");
        checkNotNull(passwords, "passwords is required");
    }
}
