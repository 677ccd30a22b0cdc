package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * {@code crypto:} in config.yml: {@code keyset} ({@code ENCRYPTION_KEYSET}) is a Tink AEAD keyset in JSON
 * (AES-256-GCM) used to encrypt provider tokens at rest; when blank, one is generated once and kept in the
 * database, shared by every node (issue 29 §1, {@code NodeKeys}).
 */
public final class CryptoConfig {
    @JsonProperty
    private String keyset = "";

    /** @return the keyset given in config ({@code ENCRYPTION_KEYSET}), when one is */
    public Optional<String> configuredKeyset() {
        return AuthConfig.configured(keyset);
    }
}
