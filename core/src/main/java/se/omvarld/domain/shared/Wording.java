package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * What the core says, in words any language can say: a stable {@link WordingKey}, its arguments as values (strings,
 * numbers, {@link java.time.LocalDate}, {@link Money}, {@link CountryCode}, {@link java.time.Period}, enums, a
 * reporting obligation whose subject each language words as its lists of obligations do — never
 * text formatted in one language, so each language writes dates and sums its own way), and the sentence in English,
 * which is what the API answers. A finding's explanation, a refusal's reason and a field's error are each one.
 */
public record Wording(WordingKey key, ImmutableList<Object> arguments, String english) {

    public Wording {
        checkNotNull(key, "key is required");
        checkNotNull(arguments, "arguments are required (may be empty)");
        english = Text.required("english", english);
        checkArgument(arguments.size() == key.arity(), "%s takes %s arguments, was given %s", key, key.arity(),
                arguments.size());
    }

    /** {@code english}, said with {@code key} and its arguments. */
    public static Wording of(WordingKey key, String english, Object... arguments) {
        return new Wording(key, ImmutableList.copyOf(arguments), english);
    }

    /** A sentence without a key, said in English in every language. */
    public static Wording unkeyed(String english) {
        return new Wording(WordingKey.UNKEYED, ImmutableList.of(), english);
    }

    public boolean isKeyed() {
        return key != WordingKey.UNKEYED;
    }

    @Override
    public String toString() {
        return english;
    }
}
