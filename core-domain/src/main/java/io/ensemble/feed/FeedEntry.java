package io.ensemble.feed;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One event of the integrator feed (issue 26 §1): a {@link FeedDraft} with its global sequence
 * number. Sequence numbers start at 1, have no gaps and no duplicates, and are visible to readers in
 * their order (see {@link FeedRepository#append}).
 *
 * @param seq global sequence number, at least 1
 * @param id the event id (the idempotency id sent with webhook deliveries)
 * @param type dotted type name, e.g. {@code order.transitioned}
 * @param subjects the ids the event is about, by role
 * @param payloadJson the subject's public view as a JSON object
 * @param occurredAt when the state change happened (UTC)
 */
public record FeedEntry(long seq, UUID id, String type, Map<String, UUID> subjects, String payloadJson,
                        Instant occurredAt) {
    public FeedEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be at least 1");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(occurredAt, "occurredAt");
        subjects = Map.copyOf(subjects);
    }
}
