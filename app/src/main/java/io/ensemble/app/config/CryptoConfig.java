package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.integrations.crypto.TinkSecretCipher;
import io.ensemble.shared.SecretCipher;
import java.nio.file.Path;

/**
 * {@code crypto:} in config.yml: {@code keyset} ({@code ENCRYPTION_KEYSET}) is a Tink AEAD keyset in JSON
 * (AES-256-GCM) used to encrypt provider tokens at rest; when blank, one is generated once into
 * {@code <dataDirectory>/secrets/token-encryption.keyset.json} and reused.
 */
public final class CryptoConfig {
    @JsonProperty
    private String keyset = "";

    /** @return the cipher over the configured or generated keyset */
    public SecretCipher cipher(Path dataDirectory) {
        return keyset == null || keyset.isBlank()
                ? TinkSecretCipher.loadOrCreate(dataDirectory.resolve("secrets/token-encryption.keyset.json"))
                : TinkSecretCipher.fromKeysetJson(keyset);
    }
}
