package io.ensemble.events;

import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.Notification;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the events context tells people (issue 21 §2-3), through the notifications context's
 * {@link NotificationPublisher} (in-app, push and e-mail per the recipient's preferences). Every call
 * joins the caller's transaction, so a notice commits or rolls back with its change.
 */
public final class EventNotices {
    private final NotificationPublisher publisher;

    /** @param publisher the notifications context's port */
    public EventNotices(NotificationPublisher publisher) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /** @return notices that tell nobody (for wirings without notifications) */
    public static EventNotices none() {
        return new EventNotices(new NotificationPublisher() {
            @Override
            public Optional<Notification> publish(NewNotification notification) {
                return Optional.empty();
            }

            @Override
            public Optional<Notification> publishCollapsed(NewNotification notification) {
                return Optional.empty();
            }
        });
    }

    /** Tells the host that {@code attendee} answered {@code status} (not when the host answers their own event). */
    public void rsvpReceived(Event event, UUID attendee, RsvpStatus status) {
        if (!event.hostedBy(attendee)) {
            send(event.hostId(), NotificationType.EVENT_RSVP, "New RSVP: " + event.title(),
                    "Someone is " + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " to " + event.title() + ".", Optional.of(attendee), event.id());
        }
    }

    /** Tells attendees that the event changed (or was cancelled). */
    public void eventChanged(Event event, List<UUID> attendees) {
        String title = event.cancelled() ? "Cancelled: " + event.title() : "Updated: " + event.title();
        String body = event.cancelled()
                ? event.title() + " was cancelled. Tickets are refunded."
                : event.title() + " changed; it starts at " + event.startsAt() + ".";
        for (UUID attendee : attendees) {
            if (!event.hostedBy(attendee)) {
                send(attendee, NotificationType.EVENT_UPDATED, title, body, Optional.of(event.hostId()), event.id());
            }
        }
    }

    /** Tells users promoted from the waitlist that they now hold a seat. */
    public void seatsGiven(Event event, List<UUID> users) {
        users.forEach(u -> send(u, NotificationType.EVENT_SEAT, "You're in: " + event.title(),
                "A seat freed up and it is yours: you are going to " + event.title() + ".", Optional.empty(),
                event.id()));
    }

    /** Tells the first on a ticketed event's waitlist that a seat is free for them to buy. */
    public void seatsOffered(Event event, List<UUID> users) {
        users.forEach(u -> send(u, NotificationType.EVENT_SEAT, "A seat is free: " + event.title(),
                "A seat of " + event.title() + " freed up: buy your ticket to take it.", Optional.empty(),
                event.id()));
    }

    /** Reminds a {@code going} attendee that the event starts soon. */
    public void reminder(Event event, UUID attendee) {
        send(attendee, NotificationType.EVENT_REMINDER, "Tomorrow: " + event.title(),
                event.title() + " starts at " + event.startsAt() + " (" + event.location() + ").", Optional.empty(),
                event.id());
    }

    /** Tells a ticket's holder what happened to it ({@code what}, e.g. "paid", "refunded"). */
    public void ticket(Event event, Ticket ticket, String what) {
        publisher.publish(new NewNotification(ticket.userId(), NotificationType.EVENT_TICKET,
                "Ticket " + what + ": " + event.title(), "Your ticket to " + event.title() + " was " + what + ".",
                Optional.empty(), Optional.of(ticket.id())));
    }

    private void send(UUID to, NotificationType type, String title, String body, Optional<UUID> actor, UUID eventId) {
        publisher.publish(new NewNotification(to, type, title, body, actor, Optional.of(eventId)));
    }
}
