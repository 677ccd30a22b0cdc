package io.ensemble.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A conversation (issue 4 §1). {@code name} and {@code ownerId} are present for GROUP only;
 * {@code subjectType}/{@code subjectId} optionally link it to an order or event (later issues).
 *
 * @param lastSeq the highest message {@code seq} assigned so far (0 when empty)
 * @param updatedAt time of the latest activity (creation or last message), orders the list
 */
public record Conversation(UUID id, ConversationType type, Optional<String> name, Optional<UUID> ownerId,
                           Optional<String> subjectType, Optional<UUID> subjectId, long lastSeq,
                           Instant createdAt, Instant updatedAt) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (type == ConversationType.GROUP && (name.isEmpty() || ownerId.isEmpty())) {
            throw new IllegalArgumentException("a GROUP needs a name and an owner");
        }
    }

    /** @return a new DIRECT conversation with no subject */
    public static Conversation direct(UUID id, Instant now) {
        return new Conversation(id, ConversationType.DIRECT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, now, now);
    }

    /** @return a new GROUP conversation owned by {@code ownerId} */
    public static Conversation group(UUID id, String name, UUID ownerId, Instant now) {
        return new Conversation(id, ConversationType.GROUP, Optional.of(name), Optional.of(ownerId),
                Optional.empty(), Optional.empty(), 0, now, now);
    }

    /** @return whether {@code userId} owns this GROUP (always false for DIRECT) */
    public boolean ownedBy(UUID userId) {
        return ownerId.map(userId::equals).orElse(false);
    }
}
