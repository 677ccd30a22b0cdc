package io.ensemble.app.outbox;

import io.ensemble.shared.outbox.DomainEvent;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.outbox.OutboxRelay;
import io.ensemble.shared.outbox.UnreadableEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay's {@link OutboxRelay.Handler}: a registry of one handler per event record class
 * (DESIGN §Domain events), filled once at start. An event no handler is registered for, and a row
 * the codec could not read ({@link UnreadableEvent}), is logged and skipped, so it cannot block the
 * queue. A handler that throws leaves the whole batch unpublished for the next run.
 */
public final class OutboxHandlers implements OutboxRelay.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxHandlers.class);

    /** What one kind of event does after commit. */
    @FunctionalInterface
    public interface EventHandler<E extends DomainEvent> {
        /**
         * @param envelope the outbox row (id, recipient, time)
         * @param event its event, already of the registered class
         */
        void handle(OutboxEvent envelope, E event);
    }

    private final Map<Class<?>, EventHandler<?>> handlers = new HashMap<>();

    /**
     * Registers {@code handler} for {@code type}; a context's sealed interface registers it for
     * every record the interface permits.
     *
     * @return this registry, for chaining
     * @throws IllegalStateException when a record of {@code type} already has a handler (one per class)
     */
    public <E extends DomainEvent> OutboxHandlers on(Class<E> type, EventHandler<? super E> handler) {
        register(type, handler);
        return this;
    }

    private void register(Class<?> type, EventHandler<?> handler) {
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                register(permitted, handler);
            }
        } else if (handlers.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException(type.getName() + " already has an outbox handler");
        }
    }

    /** @return the event classes that have a handler */
    public Set<Class<?>> handledTypes() {
        return Set.copyOf(handlers.keySet());
    }

    /** Hands the event to the handler of its class; logs and skips it when there is none. */
    @Override
    @SuppressWarnings("unchecked")
    public void deliver(OutboxEvent envelope) {
        DomainEvent event = envelope.event();
        EventHandler<DomainEvent> handler = (EventHandler<DomainEvent>) handlers.get(event.getClass());
        if (handler != null) {
            handler.handle(envelope, event);
        } else if (event instanceof UnreadableEvent unreadable) {
            LOG.warn("outbox event {} of type {} is unreadable ({}); skipped", envelope.id(), unreadable.type(),
                    unreadable.problem());
        } else {
            LOG.warn("outbox event {} of type {} has no handler; skipped", envelope.id(),
                    event.getClass().getSimpleName());
        }
    }
}
