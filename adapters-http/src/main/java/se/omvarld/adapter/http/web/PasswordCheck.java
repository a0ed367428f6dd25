package se.omvarld.adapter.http.web;

/**
 * How the web app checks a password against an account's stored hash; the service wires the adapter's Argon2id
 * implementation. {@link #hash} makes the hash a sign-in compares with when no account has the address, so that an
 * unknown address takes as long to refuse as a wrong password.
 */
public interface PasswordCheck {

    String hash(char[] password);

    boolean verifies(char[] password, String hash);
}
