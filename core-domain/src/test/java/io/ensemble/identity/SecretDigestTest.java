package io.ensemble.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Generation and keyed hashing of OTPs and tokens. */
class SecretDigestTest {
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    final SecretDigest digest = new SecretDigest(KEY);

    @Test
    void otps_are_six_digits() {
        IntStream.range(0, 2_000).mapToObj(i -> digest.newOtp())
                .forEach(otp -> assertThat(otp).matches("[0-9]{6}"));
    }

    @Test
    void otps_are_random() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 1_000).forEach(i -> seen.add(digest.newOtp()));

        assertThat(seen).hasSizeGreaterThan(990);
    }

    @Test
    void otps_are_zero_padded_and_cover_the_whole_range() {
        boolean low = false;
        boolean high = false;
        for (int i = 0; i < 5_000 && !(low && high); i++) {
            int value = Integer.parseInt(digest.newOtp());
            low |= value < 100_000;
            high |= value >= 900_000;
        }
        assertThat(low).as("a code below 100000, i.e. with a leading zero").isTrue();
        assertThat(high).as("a code of 900000 or more").isTrue();
    }

    @Test
    void tokens_are_43_base64url_characters_and_unique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String token = digest.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            seen.add(token);
        }
        assertThat(seen).hasSize(500);
    }

    @Test
    void hash_is_deterministic_lower_case_hex_sha256() {
        assertThat(digest.hash("123456"))
                .isEqualTo(digest.hash("123456"))
                .isEqualTo(new SecretDigest(KEY).hash("123456"))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void hash_matches_the_hmac_sha256_test_vector() {
        // RFC 4231 test case 2 uses a 4-byte key; test case with a long key: key = 0xaa x 131 (case 6).
        byte[] key = new byte[131];
        java.util.Arrays.fill(key, (byte) 0xaa);
        SecretDigest rfc = new SecretDigest(key);

        assertThat(rfc.hash("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void hash_differs_between_secrets() {
        assertThat(digest.hash("123456")).isNotEqualTo(digest.hash("123457"));
    }

    @Test
    void hash_is_keyed() {
        assertThat(new SecretDigest(OTHER_KEY).hash("123456")).isNotEqualTo(digest.hash("123456"));
    }

    @Test
    void key_is_copied_so_later_changes_to_the_array_do_not_matter() {
        byte[] key = KEY.clone();
        SecretDigest d = new SecretDigest(key);
        String before = d.hash("123456");

        key[0] ^= 0x7f;

        assertThat(d.hash("123456")).isEqualTo(before);
    }

    @Test
    void matches_accepts_the_right_secret_and_rejects_others() {
        String hash = digest.hash("042042");

        assertThat(digest.matches(hash, "042042")).isTrue();
        assertThat(digest.matches(hash, "042043")).isFalse();
        assertThat(digest.matches(hash, "")).isFalse();
        assertThat(new SecretDigest(OTHER_KEY).matches(hash, "042042")).isFalse();
    }

    @Test
    void refuses_a_key_shorter_than_32_bytes() {
        assertThatThrownBy(() -> new SecretDigest(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SecretDigest(new byte[32]).hash("x")).hasSize(64);
    }
}
