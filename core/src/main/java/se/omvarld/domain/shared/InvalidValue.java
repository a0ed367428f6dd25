package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A value's own check failed: an {@link IllegalArgumentException} whose message is the English sentence of its
 * {@link Wording}, so a field's error can be said in the reader's language.
 */
public final class InvalidValue extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Wording wording;

    public InvalidValue(Wording wording) {
        super(checkNotNull(wording, "wording is required").english());
        this.wording = wording;
    }

    /** With the exception that made the value invalid, e.g. a parser's. */
    public InvalidValue(Wording wording, Throwable cause) {
        super(checkNotNull(wording, "wording is required").english(), cause);
        this.wording = wording;
    }

    public static InvalidValue of(WordingKey key, String english, Object... arguments) {
        return new InvalidValue(Wording.of(key, english, arguments));
    }

    public Wording wording() {
        return wording;
    }
}
