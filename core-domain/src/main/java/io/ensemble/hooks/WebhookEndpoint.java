package io.ensemble.hooks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An outgoing webhook endpoint registered by an admin (issue 26 §2).
 *
 * @param url where deliveries are POSTed (checked by {@link WebhookUrls})
 * @param types dotted feed types it receives, or {@code *} for all
 * @param secret the HMAC-SHA256 signing secret ({@code whsec_…}); shown only on create and rotate
 * @param enabled whether deliveries are sent
 * @param disabledReason why the system disabled it (e.g. failing for 3 days), when it did
 * @param failingSince start of the current run of failed attempts, cleared by a success
 * @param createdBy the admin who registered it (alerted when it is disabled)
 */
public record WebhookEndpoint(UUID id, String url, Set<String> types, String description, String secret,
                              boolean enabled, Optional<String> disabledReason, Optional<Instant> failingSince,
                              UUID createdBy, Instant createdAt, Instant updatedAt) {
    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        types = Set.copyOf(types);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** @return a copy with the given fields */
    public WebhookEndpoint with(String newUrl, Set<String> newTypes, String newDescription, boolean nowEnabled,
                                Optional<String> reason, Instant at) {
        return new WebhookEndpoint(id, newUrl, newTypes, newDescription, secret, nowEnabled, reason,
                nowEnabled ? Optional.empty() : failingSince, createdBy, createdAt, at);
    }

    /** @return a copy with another secret */
    public WebhookEndpoint withSecret(String newSecret, Instant at) {
        return new WebhookEndpoint(id, url, types, description, newSecret, enabled, disabledReason, failingSince,
                createdBy, createdAt, at);
    }
}
