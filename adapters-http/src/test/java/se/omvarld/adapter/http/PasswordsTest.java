package se.omvarld.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    private static final char[] PASSWORD = "korrekt häst batteri häftklammer".toCharArray();

    private static char[] filled(int length, char c) {
        char[] chars = new char[length];
        Arrays.fill(chars, c);
        return chars;
    }

    private static byte[] filled(int length, int b) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) b);
        return bytes;
    }

    @Test
    void argon2id_gives_the_tag_of_rfc_9106_section_5_3() {
        Argon2Parameters rfc = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(32).withIterations(3)
                .withParallelism(4).withSalt(filled(16, 0x02)).withSecret(filled(8, 0x03))
                .withAdditional(filled(12, 0x04)).build();

        byte[] tag = Passwords.derive(rfc, filled(32, '\u0001'), 32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    /** The reference implementation's own test (phc-winner-argon2, test.c): "password", "somesalt", 64 MiB. */
    @Test
    void an_encoding_made_by_the_argon2_reference_implementation_verifies() {
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(Passwords.verifies("password".toCharArray(), reference)).isTrue();
        assertThat(Passwords.verifies("Password".toCharArray(), reference)).isFalse();
    }

    @Test
    void a_hash_is_an_argon2id_phc_string_with_owasps_parameters_a_16_byte_salt_and_a_32_byte_hash() {
        String encoded = Passwords.hash(PASSWORD);

        assertThat(encoded).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        String[] parts = encoded.split("\\$");
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
    }

    @Test
    void the_password_verifies_against_its_hash() {
        assertThat(Passwords.verifies(PASSWORD, Passwords.hash(PASSWORD))).isTrue();
    }

    @Test
    void another_password_does_not_verify() {
        String encoded = Passwords.hash(PASSWORD);

        assertThat(Passwords.verifies("korrekt häst batteri häftklammeR".toCharArray(), encoded)).isFalse();
        assertThat(Passwords.verifies(new char[0], encoded)).isFalse();
    }

    @Test
    void the_same_password_hashed_twice_gets_different_salts_and_so_different_encodings() {
        String first = Passwords.hash(PASSWORD);
        String second = Passwords.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(Passwords.verifies(PASSWORD, first)).isTrue();
        assertThat(Passwords.verifies(PASSWORD, second)).isTrue();
    }

    @Test
    void a_tampered_hash_salt_or_parameter_does_not_verify() {
        String encoded = Passwords.hash(PASSWORD);
        String[] parts = encoded.split("\\$");
        String otherSalt = Base64.getEncoder().withoutPadding().encodeToString(new byte[16]);
        byte[] hash = Base64.getDecoder().decode(parts[5]);
        hash[0] ^= 1;
        String flippedBit = Base64.getEncoder().withoutPadding().encodeToString(hash);

        assertThat(Passwords.verifies(PASSWORD, encoded.replace(parts[5], flippedBit))).isFalse();
        assertThat(Passwords.verifies(PASSWORD, encoded.replace(parts[4], otherSalt))).isFalse();
        assertThat(Passwords.verifies(PASSWORD, encoded.replace("t=2", "t=3"))).isFalse();
        assertThat(Passwords.verifies(PASSWORD, encoded.replace("m=19456", "m=19457"))).isFalse();
    }

    @Test
    void a_malformed_or_out_of_bounds_encoding_verifies_nothing_and_throws_nothing() {
        String salt = "c29tZXNhbHRzYWx0c2FsdA";
        String hash = "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        List<String> malformed = Arrays.asList(null, "", "$", "password", "$argon2id$",
                "$argon2i$v=19$m=19456,t=2,p=1$" + salt + "$" + hash,
                "$argon2d$v=19$m=19456,t=2,p=1$" + salt + "$" + hash,
                "$argon2id$v=16$m=19456,t=2,p=1$" + salt + "$" + hash,
                "$argon2id$m=19456,t=2,p=1$" + salt + "$" + hash,
                "$argon2id$v=19$m=19456,t=2$" + salt + "$" + hash,
                "$argon2id$v=19$m=019456,t=2,p=1$" + salt + "$" + hash,
                "$argon2id$v=19$m=19456,t=0,p=1$" + salt + "$" + hash,
                "$argon2id$v=19$m=19456,t=2,p=0$" + salt + "$" + hash,
                "$argon2id$v=19$m=99999999,t=2,p=1$" + salt + "$" + hash,
                "$argon2id$v=19$m=4194304,t=2,p=1$" + salt + "$" + hash,
                "$argon2id$v=19$m=19456,t=99,p=1$" + salt + "$" + hash,
                "$argon2id$v=19$m=19456,t=2,p=64$" + salt + "$" + hash,
                "$argon2id$v=19$m=7,t=2,p=1$" + salt + "$" + hash,
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "==$" + hash,
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + hash + "=",
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + hash + "A",
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$" + hash,
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$aGFzaA",
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "-_$" + hash,
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + hash + "$extra",
                " $argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + hash);

        for (String encoding : malformed) {
            assertThat(Passwords.verifies(PASSWORD, encoding)).as(String.valueOf(encoding)).isFalse();
        }
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_too_short_and_says_so() {
        assertThat(Passwords.weakness("elva tecken".toCharArray())).contains("must be at least 12 characters");
        assertThat(Passwords.weakness(new char[0])).contains("must be at least 12 characters");
    }

    @Test
    void twelve_characters_are_enough_counting_a_character_outside_the_bmp_once() {
        assertThat(Passwords.weakness("tolv tecken!".toCharArray())).isEmpty();
        assertThat(Passwords.weakness("elva tecken\uD83D\uDD11".toCharArray())).isEmpty();
        assertThat(Passwords.weakness("tio tecken\uD83D\uDD11".toCharArray()))
                .contains("must be at least 12 characters");
    }

    @Test
    void a_password_longer_than_1024_characters_is_too_long_and_says_so() {
        assertThat(Passwords.weakness(filled(1024, 'x'))).isEmpty();
        assertThat(Passwords.weakness(filled(1025, 'x'))).contains("must be at most 1024 characters");
    }
}
