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
    private final RecipientAddresses accounts;
    private final NotificationPublisher publisher;

    /** @param accounts tells active accounts apart (suspended or deleted members are not notified) */
    public OfflineMessageNotifier(PresenceProbe presence, RecipientAddresses accounts, NotificationPublisher publisher) {
        this.presence = Objects.requireNonNull(presence, "presence");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /**
     * @param recipientId a member of the conversation other than the sender
     * @return the stored in-app notification; empty when the recipient is online, no longer an
     *     active account (a deleted member's event must not fail the relay), already has an unread one
     *     for this conversation, or turned in-app off
     */
    public Optional<Notification> messageStored(UUID recipientId, UUID conversationId, UUID senderId) {
        if (recipientId.equals(senderId) || presence.isOnline(recipientId)
                || accounts.emailOf(recipientId).isEmpty()) {
            return Optional.empty();
        }
        return publisher.publishCollapsed(new NewNotification(recipientId, NotificationType.NEW_MESSAGE,
                "New message", "You have a new message waiting in Ensemble.", Optional.of(senderId),
                Optional.of(conversationId)));
    }

    /**
     * Notifies a member mentioned in a group message (issue 27), online or not and even when they muted
     * the conversation; never collapsed. Subject: the conversation; actor: the sender.
     *
     * @return the stored in-app notification; empty when the recipient is the sender, no longer an active
     *     account, or turned in-app off
     */
    public Optional<Notification> mentioned(UUID recipientId, UUID conversationId, UUID senderId) {
        if (recipientId.equals(senderId) || accounts.emailOf(recipientId).isEmpty()) {
            return Optional.empty();
        }
        return publisher.publish(new NewNotification(recipientId, NotificationType.MENTION,
                "You were mentioned", "Someone mentioned you in a group conversation.", Optional.of(senderId),
                Optional.of(conversationId)));
    }
}
