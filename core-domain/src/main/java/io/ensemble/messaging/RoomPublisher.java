package io.ensemble.messaging;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes chat events after commit on the {@link RealtimeBus}, best effort: a failing bus is
 * logged, never thrown, because the change is already stored and clients catch up by seq.
 */
final class RoomPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(RoomPublisher.class);

    private final RealtimeBus bus;

    RoomPublisher(RealtimeBus bus) {
        this.bus = Objects.requireNonNull(bus, "bus");
    }

    /** Publishes {@code payload} as {@code event} to {@code room}; logs a failure. */
    void publish(String room, String event, Object payload) {
        try {
            bus.publish(room, event, payload);
        } catch (RuntimeException e) {
            LOG.warn("Realtime publish failed for event={} room={}; clients catch up by seq", event, room, e);
        }
    }
}
