package io.ensemble.shared.outbox;

import java.util.Objects;

/**
 * A stored outbox row the codec could not turn back into a {@link DomainEvent}: a type no context
 * declares (any more), or a payload that does not fit its record. No handler takes it, so the relay
 * logs it and marks it relayed instead of retrying it forever. Never written.
 *
 * @param type the stored type name
 * @param problem why it could not be read, for the log
 */
public record UnreadableEvent(String type, String problem) implements DomainEvent {
    public UnreadableEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(problem, "problem");
    }
}
