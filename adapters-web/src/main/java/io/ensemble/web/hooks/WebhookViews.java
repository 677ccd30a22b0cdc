package io.ensemble.web.hooks;

import io.ensemble.hooks.WebhookDelivery;
import io.ensemble.hooks.WebhookEndpoint;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Response shapes of {@code /api/v1/admin/webhooks} (issue 26 §2). */
public final class WebhookViews {
    private WebhookViews() {
    }

    /**
     * An endpoint. {@code secret} is present only in the answers of create and rotate-secret.
     *
     * @param disabledReason why the system or an admin disabled it, or null
     */
    public record EndpointView(String id, String url, List<String> types, String description, boolean enabled,
                               String disabledReason,
                               @Schema(description = "only on create and rotate-secret; null elsewhere") String secret,
                               Instant createdAt, Instant updatedAt) {
        /** @return the view without the secret */
        public static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(e.id().toString(), e.url(), e.types().stream().sorted().toList(), e.description(),
                    e.enabled(), e.disabledReason().orElse(null), null, e.createdAt(), e.updatedAt());
        }

        /** @return the view with the signing secret (create and rotate only) */
        public static EndpointView withSecret(WebhookEndpoint e) {
            EndpointView v = of(e);
            return new EndpointView(v.id(), v.url(), v.types(), v.description(), v.enabled(), v.disabledReason(),
                    e.secret(), v.createdAt(), v.updatedAt());
        }
    }

    /** A delivery and its last attempt: status, response code and duration (ms). */
    public record DeliveryView(String id, long eventSeq, String eventId, String eventType, String status,
                               int attempts, Integer responseCode,
                               Long durationMs, String error,
                               Instant nextAttemptAt,
                               Instant lastAttemptAt, Instant createdAt) {
        public static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id().toString(), d.eventSeq(), d.eventId().toString(), d.eventType(),
                    d.status().name(), d.attempts(), d.responseCode().orElse(null), d.durationMs().orElse(null),
                    d.error().orElse(null), d.nextAttemptAt().orElse(null), d.lastAttemptAt().orElse(null),
                    d.createdAt());
        }
    }

    /** Body of create and update: absent fields keep their value on update. */
    public record EndpointBody(String url, List<String> types, String description, Boolean enabled) {
        static final EndpointBody EMPTY = new EndpointBody(null, null, null, null);
    }
}
