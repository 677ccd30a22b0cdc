package io.ensemble.apikeys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A server-to-server API key (issue 26 §3). The key itself ({@code ens_live_…}) is shown once at
 * creation and stored only as its HMAC hash, like refresh tokens.
 *
 * @param prefix the first characters of the key, to recognise it in lists (not secret)
 * @param scopes what it may do, from {@link ApiScopes#ALL}
 * @param createdBy the admin who created it; the key acts with that admin's id, limited to its scopes
 */
public record ApiKey(UUID id, String name, String prefix, Set<String> scopes, UUID createdBy, Instant createdAt,
                     Optional<Instant> expiresAt, Optional<Instant> revokedAt, Optional<Instant> lastUsedAt) {
    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }

    /** @return whether the key authenticates at {@code now}: not revoked and not expired */
    public boolean usableAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }

    /** @return whether the key carries {@code scope} */
    public boolean allows(String scope) {
        return scopes.contains(scope);
    }
}
