package io.ensemble.web.apikeys;

import io.ensemble.apikeys.ApiKey;
import java.time.Instant;
import java.util.List;

/** Request and response shapes of {@code /api/v1/admin/api-keys} (issue 26 §3). */
public final class ApiKeyViews {
    private ApiKeyViews() {
    }

    /** A key as listed: never the key itself, only its first characters ({@code prefix}). */
    public record KeyView(String id, String name, String prefix, List<String> scopes, String createdBy,
                          Instant createdAt, Instant expiresAt,
                          Instant revokedAt, Instant lastUsedAt) {
        public static KeyView of(ApiKey k) {
            return new KeyView(k.id().toString(), k.name(), k.prefix(), k.scopes().stream().sorted().toList(),
                    k.createdBy().toString(), k.createdAt(), k.expiresAt().orElse(null), k.revokedAt().orElse(null),
                    k.lastUsedAt().orElse(null));
        }
    }

    /** The answer of create: the key ({@code ens_live_…}) is shown here only. */
    public record CreatedKeyView(String id, String key, String name, List<String> scopes,
                                 Instant expiresAt) {
    }

    /** Body of create: {@code expiresAt} optional, ISO-8601 UTC. */
    public record KeyBody(String name, List<String> scopes, Instant expiresAt) {
        static final KeyBody EMPTY = new KeyBody(null, null, null);
    }
}
