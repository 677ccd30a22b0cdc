package io.ensemble.feed;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An integrator-facing event before it has its place in the feed (issue 26 §1): what the outbox relay
 * hands to {@link FeedRepository#append}.
 *
 * @param id the id of the domain event it comes from (its outbox row id): the idempotency id
 * @param type dotted type name, one of {@link FeedTypes#ALL}, e.g. {@code order.placed}
 * @param subjects the ids the event is about, by role, e.g. {@code order}, {@code brand}, {@code creator}
 * @param payloadJson the public view of the subject as a JSON object (rendered by the app's codec)
 * @param occurredAt when the state change happened (UTC)
 */
public record FeedDraft(UUID id, String type, Map<String, UUID> subjects, String payloadJson, Instant occurredAt) {
    public FeedDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(occurredAt, "occurredAt");
        subjects = Map.copyOf(subjects);
        if (!FeedTypes.ALL.contains(type)) {
            throw new IllegalArgumentException("unknown feed type " + type);
        }
    }
}
