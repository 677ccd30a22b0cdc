package io.ensemble.externalchat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One call to the hosted chat still to be made, queued in the transaction that relayed its order event
 * and retried with backoff until it succeeds (issue 23: "Stream down → the native order flow still works,
 * the Stream call retried by a job").
 *
 * @param id the id of the order event it comes from (so a relay that runs twice queues it once)
 * @param kind open the order's channel, or post a message to it
 * @param orderId the order
 * @param senderId who opens the channel or posts (the brand, or the actor of a transition)
 * @param members the channel's members (OPEN_CHANNEL; empty for POST_MESSAGE)
 * @param text the channel name (OPEN_CHANNEL) or the message (POST_MESSAGE)
 * @param attempts failed attempts so far
 * @param createdAt when it was queued
 * @param lastError the last failure, if any
 */
public record ChatSyncTask(UUID id, Kind kind, UUID orderId, UUID senderId, List<UUID> members, String text,
                           int attempts, Instant createdAt, Optional<String> lastError) {
    /** What the task does. */
    public enum Kind { OPEN_CHANNEL, POST_MESSAGE }

    /** @throws NullPointerException when a component is null */
    public ChatSyncTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(senderId, "senderId");
        members = List.copyOf(members);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** @return the provider's channel id of the order, {@code order-<uuid>} */
    public String channelId() {
        return "order-" + orderId;
    }
}
