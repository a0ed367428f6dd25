package se.omvarld.adapter.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The secrets of API tokens: made from 256 random bits, and kept only as their SHA-256 hashes. */
public final class TokenSecrets {

    /** Every secret starts so, which lets a secret scanner recognise one that leaked. */
    public static final String PREFIX = "omv_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern RANDOM_PART = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** One digest per thread: looking one up among the security providers for each request costs more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    private TokenSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash that is stored for {@code secret}: SHA-256, in 64 lower-case hex digits. */
    public static String hash(String secret) {
        return HexFormat.of().formatHex(SHA_256.get().digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code secret} could be a secret this class made; anything else is refused before it is hashed. */
    static boolean wellFormed(String secret) {
        return secret.length() == PREFIX.length() + 43 && secret.startsWith(PREFIX)
                && RANDOM_PART.matcher(secret).region(PREFIX.length(), secret.length()).matches();
    }
}
