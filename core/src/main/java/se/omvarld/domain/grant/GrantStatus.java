package se.omvarld.domain.grant;

/** Where an association grant stands. */
public enum GrantStatus {
    APPLIED, GRANTED, REJECTED, FOLLOWED_UP
}
