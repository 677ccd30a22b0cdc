package io.ensemble.messaging;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Where one message stands with each other member (issue 27 §Delivery), for its sender.
 *
 * @param members one entry per current member other than the sender, oldest member first
 */
public record MessageReceipts(UUID messageId, UUID conversationId, long seq, List<Member> members) {
    /** Copies the list. */
    public MessageReceipts {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        members = List.copyOf(members);
    }

    /**
     * One member's state: delivered when a device acknowledged the message (or they read it), read
     * when their lastReadSeq reached it.
     */
    public record Member(UUID userId, boolean delivered, boolean read) {
        /** @throws NullPointerException when userId is null */
        public Member {
            Objects.requireNonNull(userId, "userId");
        }
    }
}
