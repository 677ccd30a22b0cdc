package io.ensemble.messaging;

import java.util.Objects;
import java.util.UUID;

/** A member of a conversation as other members see them: user id, display name and read position. */
public record Participant(UUID userId, String name, long lastReadSeq) {
    public Participant {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
    }
}
