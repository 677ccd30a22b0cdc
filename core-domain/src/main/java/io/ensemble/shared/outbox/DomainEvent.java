package io.ensemble.shared.outbox;

/**
 * A state change other parts of the system react to after commit (DESIGN §Domain events): a record
 * of one context's sealed event interface (e.g. {@code NotificationEvent.Received},
 * {@code MessagingEvent.MessageStored}), written to the outbox in the transaction of the change and
 * dispatched after commit to the handlers registered for its class. Records only; the outbox adapter
 * owns the one codec that turns them into stored rows and back.
 */
public interface DomainEvent {
}
