package io.ensemble.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.keys.SecretCipher;
import io.ensemble.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Tink keyset rotation (issue 29 §1): a new primary key keeps the old ciphertexts decrypting, the 5-byte
 * prefix tells which rows still need re-encryption, and a running node's {@link ReloadingSecretCipher}
 * decrypts rows re-encrypted elsewhere and encrypts under the new primary after its reload interval.
 */
class ReloadingSecretCipherTest {
    private static final Duration RELOAD = Duration.ofSeconds(30);
    private static final String AD = "bank_item:0193a6e0-0000-7000-8000-000000000001";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final String original = TinkSecretCipher.newKeysetJson();
    private final String rotated = TinkSecretCipher.withNewPrimaryKey(original);
    private final AtomicReference<String> stored = new AtomicReference<>(original);
    private final AtomicInteger reads = new AtomicInteger();
    private final ReloadingSecretCipher cipher = new ReloadingSecretCipher(() -> {
        reads.incrementAndGet();
        return stored.get();
    }, clock, RELOAD);

    @Test
    void a_new_primary_key_keeps_old_ciphertexts_decrypting_and_is_recognised_by_prefix() {
        TinkSecretCipher before = TinkSecretCipher.fromKeysetJson(original);
        TinkSecretCipher after = TinkSecretCipher.fromKeysetJson(rotated);
        byte[] old = before.encrypt("access-sandbox-1", AD);
        byte[] fresh = after.encrypt("access-sandbox-1", AD);

        assertThat(after.decrypt(old, AD)).isEqualTo("access-sandbox-1");
        assertThat(after.usesPrimaryKey(old)).isFalse();
        assertThat(after.usesPrimaryKey(fresh)).isTrue();
        assertThat(before.usesPrimaryKey(old)).isTrue();
        assertThatThrownBy(() -> before.decrypt(fresh, AD)).isInstanceOf(SecretCipher.DecryptionFailed.class);
    }

    @Test
    void fingerprints_are_stable_per_keyset_and_never_hold_it() {
        assertThat(TinkSecretCipher.fingerprint(original)).hasSize(16).isEqualTo(TinkSecretCipher.fingerprint(original))
                .isNotEqualTo(TinkSecretCipher.fingerprint(rotated));
        assertThatThrownBy(() -> TinkSecretCipher.fingerprint("{\"primaryKeyId\": \"s3cr3t-material\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("s3cr3t");
    }

    @Test
    void a_ciphertext_under_a_key_the_node_lacks_is_decrypted_after_reading_the_keyset_again() {
        byte[] reencrypted = TinkSecretCipher.fromKeysetJson(rotated).encrypt("access-sandbox-1", AD);
        stored.set(rotated);

        assertThat(cipher.decrypt(reencrypted, AD)).isEqualTo("access-sandbox-1");
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_tampered_ciphertext_still_fails_after_one_read() {
        byte[] sealed = cipher.encrypt("access-sandbox-1", AD);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(sealed, AD)).isInstanceOf(SecretCipher.DecryptionFailed.class);
        assertThat(reads).hasValue(2);
    }

    @Test
    void new_ciphertexts_use_the_new_primary_key_after_the_reload_interval() {
        stored.set(rotated);
        TinkSecretCipher after = TinkSecretCipher.fromKeysetJson(rotated);
        assertThat(after.usesPrimaryKey(cipher.encrypt("t", AD))).isFalse();

        clock.advance(RELOAD);
        assertThat(after.usesPrimaryKey(cipher.encrypt("t", AD))).isTrue();
    }
}
