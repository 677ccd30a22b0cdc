package io.ensemble.web.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.feed.FeedEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One feed event as integrators receive it (issue 26 §1-2), the same JSON in {@code GET
 * /api/v1/integrations/events} and as the body of a webhook delivery:
 * {@code {id, seq, type, occurredAt, subjects: {order: "…", brand: "…"}, data: {…}}}.
 *
 * @param id event id (the idempotency id; equal in every delivery of the event)
 * @param seq global sequence number
 * @param type dotted type, e.g. {@code order.transitioned}
 * @param subjects ids the event is about, by role
 * @param data the subject's public view
 */
public record FeedEventView(String id, long seq, String type, Instant occurredAt, Map<String, String> subjects,
                            @Schema(types = "object") JsonNode data) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the view of {@code entry} */
    public static FeedEventView of(FeedEntry entry) {
        Map<String, String> subjects = new TreeMap<>();
        entry.subjects().forEach((role, id) -> subjects.put(role, id.toString()));
        try {
            return new FeedEventView(entry.id().toString(), entry.seq(), entry.type(), entry.occurredAt(), subjects,
                    JSON.readTree(entry.payloadJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable feed payload of event " + entry.seq(), e);
        }
    }
}
