package io.ensemble.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code local} {@link RealtimeBus} (DESIGN §Ports): delivers events in-process, synchronously,
 * to the listeners subscribed on this node. The WebSocket/Socket.IO gateways of a later change
 * subscribe here; a listener that throws is logged and skipped.
 */
public final class LocalRealtimeBus implements RealtimeBus {
    private static final Logger LOG = LoggerFactory.getLogger(LocalRealtimeBus.class);

    /** Receives every published event. */
    @FunctionalInterface
    public interface Listener {
        void onEvent(String room, String event, Object payload);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Registers {@code listener}. @return a handle whose {@code close()} unsubscribes it */
    public AutoCloseable subscribe(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Delivers to every listener in subscription order; never throws. */
    @Override
    public void publish(String room, String event, Object payload) {
        for (Listener listener : listeners) {
            try {
                listener.onEvent(room, event, payload);
            } catch (RuntimeException e) {
                LOG.warn("Realtime listener failed for event={} room={}", event, room, e);
            }
        }
    }
}
