package se.omvarld.adapter.http;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The web app's passwords (lösenord): kept only as Argon2id hashes (RFC 9106) with OWASP's parameters (19 MiB of
 * memory, 2 passes, 1 lane, a 16-byte random salt, a 32-byte hash), encoded in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded standard base64), which is what the core stores as an
 * account's password hash. A hash is checked with the parameters its encoding names, so hashes made before a change
 * of parameters still verify.
 */
public final class Passwords {

    /** OWASP's and NIST SP 800-63B's least length for a password chosen by a person. */
    public static final int MIN_LENGTH = 12;
    /** Enough for any passphrase, and a bound on what one sign-in may ask the server to encode. */
    public static final int MAX_LENGTH = 1024;

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    /**
     * The most memory an encoding may ask for when it is checked: 64 MiB, over three times OWASP's, so that a tampered
     * stored hash cannot make one sign-in take the server's memory.
     */
    static final int MAX_MEMORY_KIB = 65_536;

    /** Letters and digits a person reads off a screen without mistaking one for another (no 0/O, 1/l/I). */
    private static final String READABLE = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    /** The length of a generated password: 16 characters of {@link #READABLE} are some 93 bits. */
    public static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();
    /** Numbers without leading zeros, base64 without padding, as the PHC string format writes them. */
    private static final Pattern ENCODED = Pattern.compile("\\$argon2id\\$v=19\\$m=([1-9]\\d{0,6}),t=([1-9]\\d?),"
            + "p=([1-9]\\d?)\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{22,86})");

    private Passwords() {
    }

    /** A new random password of {@value #GENERATED_LENGTH} readable characters, shown once to whoever hands it on. */
    public static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return password.toString();
    }

    /**
     * Why {@code password} cannot be a password, or empty when it can: at least {@value #MIN_LENGTH} characters
     * (a character outside the Basic Multilingual Plane counts once), at most {@value #MAX_LENGTH}.
     */
    public static Optional<String> weakness(char[] password) {
        checkNotNull(password, "password is required");
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    /** The encoded Argon2id hash of {@code password} under a fresh random salt. */
    public static String hash(char[] password) {
        checkNotNull(password, "password is required");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(parameters(MEMORY_KIB, ITERATIONS, PARALLELISM, salt), password, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
    }

    /**
     * Whether {@code password} is the one {@code encoded} was made from, compared in constant time. An encoding that
     * is not an Argon2id PHC string within this class's bounds verifies nothing: false, never an exception.
     */
    public static boolean verifies(char[] password, String encoded) {
        checkNotNull(password, "password is required");
        if (encoded == null) {
            return false;
        }
        Matcher m = ENCODED.matcher(encoded);
        if (!m.matches()) {
            return false;
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        if (parallelism > 16 || iterations > 10 || memory < 8 * parallelism || memory > MAX_MEMORY_KIB) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = BASE64_DECODER.decode(m.group(4));
            expected = BASE64_DECODER.decode(m.group(5));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (salt.length < 8 || salt.length > 64 || expected.length < 16 || expected.length > 64) {
            return false;
        }
        byte[] actual = derive(parameters(memory, iterations, parallelism, salt), password, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    private static Argon2Parameters parameters(int memoryKib, int iterations, int parallelism, byte[] salt) {
        return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism).withSalt(salt)
                .build();
    }

    /** The {@code length}-byte Argon2 tag of {@code password}, as UTF-8, under {@code parameters}. */
    static byte[] derive(Argon2Parameters parameters, char[] password, int length) {
        byte[] bytes = utf8(password);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] out = new byte[length];
            generator.generateBytes(bytes, out);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The password's UTF-8 bytes, leaving no other copy of them behind. */
    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
