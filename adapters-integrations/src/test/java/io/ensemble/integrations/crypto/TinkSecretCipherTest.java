package io.ensemble.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.shared.keys.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinkSecretCipherTest {
    private static final String TOKEN = "IGQVJ-long-lived-access-token-éü";

    @TempDir
    Path dir;

    @Test
    void round_trips_and_never_stores_the_plaintext() {
        SecretCipher cipher = TinkSecretCipher.fromKeysetJson(TinkSecretCipher.newKeysetJson());

        byte[] sealed = cipher.encrypt(TOKEN, "social_account:1");

        assertThat(cipher.decrypt(sealed, "social_account:1")).isEqualTo(TOKEN);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("long-lived");
        assertThat(cipher.encrypt(TOKEN, "social_account:1")).isNotEqualTo(sealed); // fresh nonce each time
    }

    @Test
    void a_ciphertext_moved_to_another_owner_does_not_decrypt() {
        SecretCipher cipher = TinkSecretCipher.fromKeysetJson(TinkSecretCipher.newKeysetJson());
        byte[] sealed = cipher.encrypt(TOKEN, "social_account:1");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "social_account:2"))
                .isInstanceOf(SecretCipher.DecryptionFailed.class)
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void a_tampered_ciphertext_or_another_key_is_rejected() {
        SecretCipher cipher = TinkSecretCipher.fromKeysetJson(TinkSecretCipher.newKeysetJson());
        SecretCipher other = TinkSecretCipher.fromKeysetJson(TinkSecretCipher.newKeysetJson());
        byte[] sealed = cipher.encrypt(TOKEN, "a");
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(tampered, "a")).isInstanceOf(SecretCipher.DecryptionFailed.class);
        assertThatThrownBy(() -> other.decrypt(sealed, "a")).isInstanceOf(SecretCipher.DecryptionFailed.class);
    }

    @Test
    void the_generated_keyset_file_is_reused_across_restarts() throws Exception {
        Path file = dir.resolve("secrets/token-encryption.keyset.json");
        byte[] sealed = TinkSecretCipher.loadOrCreate(file).encrypt(TOKEN, "a");

        assertThat(TinkSecretCipher.loadOrCreate(file).decrypt(sealed, "a")).isEqualTo(TOKEN);
        assertThat(Files.readString(file)).contains("AesGcmKey");
    }

    @Test
    void a_keyset_that_is_not_tink_json_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> TinkSecretCipher.fromKeysetJson("{\"primaryKeyId\": 1, \"secret\": \"s3cr3t\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cr3t");
    }
}
