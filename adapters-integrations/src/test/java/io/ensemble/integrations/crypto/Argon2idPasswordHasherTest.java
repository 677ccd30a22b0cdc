package io.ensemble.integrations.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Argon2idPasswordHasherTest {
    private static final Argon2idPasswordHasher HASHER = new Argon2idPasswordHasher();

    @Test
    void verifies_the_password_it_hashed() {
        String hash = HASHER.hash("correct horse battery staple");

        assertThat(HASHER.verify("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void rejects_a_wrong_password() {
        String hash = HASHER.hash("correct horse battery staple");

        assertThat(HASHER.verify("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void produces_an_argon2id_phc_string_with_owasp_parameters() {
        String hash = HASHER.hash("secret");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        String[] parts = hash.split("\\$");
        assertThat(parts).hasSize(6);
        assertThat(java.util.Base64.getDecoder().decode(pad(parts[4]))).hasSize(16);
        assertThat(java.util.Base64.getDecoder().decode(pad(parts[5]))).hasSize(32);
    }

    @Test
    void salts_every_hash() {
        assertThat(HASHER.hash("same")).isNotEqualTo(HASHER.hash("same"));
    }

    @Test
    void answers_false_for_malformed_hashes() {
        assertThat(HASHER.verify("secret", "")).isFalse();
        assertThat(HASHER.verify("secret", null)).isFalse();
        assertThat(HASHER.verify("secret", "not a hash")).isFalse();
        assertThat(HASHER.verify("secret", "$argon2id$v=19$m=19456,t=2,p=1$")).isFalse();
        assertThat(HASHER.verify("secret", "$argon2id$v=19$m=abc,t=2,p=1$c2FsdHNhbHQ$aGFzaA")).isFalse();
        assertThat(HASHER.verify("secret", "$argon2id$v=19$m=19456,t=2,p=1$!!!$???")).isFalse();
        assertThat(HASHER.verify("secret", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy")).isFalse();
    }

    @Test
    void uses_every_character_of_long_passphrases() {
        String base = "a".repeat(99);
        String hash = HASHER.hash(base + "x");

        assertThat(HASHER.verify(base + "x", hash)).isTrue();
        assertThat(HASHER.verify(base + "y", hash)).isFalse();
    }

    @Test
    void verifies_hashes_made_with_other_cost_parameters() {
        String cheap = new Argon2idPasswordHasher(1024, 1, 1).hash("secret");

        assertThat(cheap).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(HASHER.verify("secret", cheap)).isTrue();
    }

    @Test
    void dummy_verification_completes_without_error() {
        HASHER.verifyDummy("anything");
        HASHER.verifyDummy(null);
    }

    @Test
    void rejects_impossible_cost_parameters() {
        assertThatThrownBy(() -> new Argon2idPasswordHasher(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2idPasswordHasher(1024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String pad(String unpadded) {
        return unpadded + "=".repeat((4 - unpadded.length() % 4) % 4);
    }
}
