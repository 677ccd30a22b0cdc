package io.ensemble.messaging;

import io.ensemble.shared.paging.Page;
import java.util.Objects;

/**
 * A page of a thread (issue 27): replies oldest first, and how many of all its replies the viewer has
 * not read (after their conversation read position, sent by others, not deleted).
 */
public record ThreadPage(Message parent, Page<Message> replies, long unreadCount) {
    public ThreadPage {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(replies, "replies");
    }
}
