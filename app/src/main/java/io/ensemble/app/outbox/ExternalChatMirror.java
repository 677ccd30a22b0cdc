package io.ensemble.app.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.externalchat.ExternalChatSync;
import io.ensemble.feed.FeedDraft;
import io.ensemble.feed.FeedTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Mirrors order events into the hosted chat (issue 23 §4): listens to the integrator feed's drafts (the
 * outbox relay's projection, inside its transaction) and queues, for {@code order.placed}, the order's
 * channel with brand and creator plus its first system message, and for {@code order.transitioned}, a
 * system message naming the move (posted as the acting party, or the brand for the system's moves).
 * Other drafts are ignored. The queue is worked off by {@link ExternalChatSync#runDue}.
 */
public final class ExternalChatMirror implements Consumer<FeedDraft> {
    private final ExternalChatSync sync;
    private final ObjectMapper json;

    public ExternalChatMirror(ExternalChatSync sync, ObjectMapper json) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public void accept(FeedDraft draft) {
        if (!sync.enabled()) {
            return;
        }
        switch (draft.type()) {
            case FeedTypes.ORDER_PLACED -> placed(draft, read(draft));
            case FeedTypes.ORDER_TRANSITIONED -> transitioned(draft, read(draft));
            default -> {
                // not an order event: nothing to mirror
            }
        }
    }

    private void placed(FeedDraft draft, JsonNode order) {
        UUID orderId = draft.subjects().get("order");
        UUID brand = draft.subjects().get("brand");
        String title = order.path("title").asText("Order");
        sync.orderPlaced(draft.id(), orderId, brand, draft.subjects().get("creator"), title, draft.occurredAt());
        sync.orderMessage(second(draft.id()), orderId, brand, "Order placed: " + title + " for "
                + order.path("amount").asLong() + " " + order.path("currency").asText() + " (minor units).",
                draft.occurredAt().plus(1, java.time.temporal.ChronoUnit.MICROS)); // queued after the channel
    }

    private void transitioned(FeedDraft draft, JsonNode move) {
        UUID sender = "CREATOR".equals(move.path("party").asText()) ? draft.subjects().get("creator")
                : draft.subjects().get("brand");
        sync.orderMessage(draft.id(), draft.subjects().get("order"), sender, "Order " + move.path("action").asText()
                + ": " + move.path("from").asText() + " → " + move.path("to").asText() + ".", draft.occurredAt());
    }

    private JsonNode read(FeedDraft draft) {
        try {
            return json.readTree(draft.payloadJson());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + draft.type() + " payload", e);
        }
    }

    /** A second task id derived from an event id (name-based, so a second relay derives the same one). */
    private static UUID second(UUID eventId) {
        return UUID.nameUUIDFromBytes(("message:" + eventId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
