package io.ensemble.notifications;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Notifies a conversation member of a new chat message when they are offline (issue 5 §4 "new
 * message while the recipient is offline"). Called by the outbox relay for each member of the
 * messaging context's {@code message_stored} events, inside the relay's transaction, so the
 * notification commits with the event being marked relayed. Collapsed: one unread
 * {@link NotificationType#NEW_MESSAGE} per conversation until the user reads it.
 */
public final class OfflineMessageNotifier {
    private final PresenceProbe presence;
    private final NotificationPublisher publisher;

    public OfflineMessageNotifier(PresenceProbe presence, NotificationPublisher publisher) {
        this.presence = Objects.requireNonNull(presence, "presence");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /**
     * @param recipientId a member of the conversation other than the sender
     * @return the stored in-app notification; empty when the recipient is online, already has an
     *     unread one for this conversation, or turned in-app off
     */
    public Optional<Notification> messageStored(UUID recipientId, UUID conversationId, UUID senderId) {
        if (recipientId.equals(senderId) || presence.isOnline(recipientId)) {
            return Optional.empty();
        }
        return publisher.publishCollapsed(new NewNotification(recipientId, NotificationType.NEW_MESSAGE,
                "New message", "You have a new message waiting in Ensemble.", Optional.of(senderId),
                Optional.of(conversationId)));
    }
}
