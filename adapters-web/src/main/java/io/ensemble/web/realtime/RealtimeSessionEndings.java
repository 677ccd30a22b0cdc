package io.ensemble.web.realtime;

import io.ensemble.identity.SessionEndings;
import io.ensemble.messaging.RealtimeBus;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SessionEndings} over the realtime bus (issue 20 §1): publishes {@value #EVENT} {@code {userId, reason}}
 * to {@code user:{id}}, which reaches every node (with the Redis bus); each node's {@link RealtimeGateway} sends
 * it to that user's local sockets and then closes them ({@link #CLOSE_REASON}, /ws close code 1008). Never throws.
 */
public final class RealtimeSessionEndings implements SessionEndings {
    /** The event a suspended user's sockets get just before they close. */
    public static final String EVENT = "account_suspended";
    /** The /ws close reason (the full reason is in the event). */
    public static final String CLOSE_REASON = "account suspended";
    private static final Logger LOG = LoggerFactory.getLogger(RealtimeSessionEndings.class);

    private final RealtimeBus bus;

    /** @param bus the bus every node listens to */
    public RealtimeSessionEndings(RealtimeBus bus) {
        this.bus = Objects.requireNonNull(bus, "bus");
    }

    @Override
    public void ended(UUID userId, String reason) {
        try {
            bus.publish(RealtimeBus.userRoom(userId), EVENT, Map.of("userId", userId.toString(), "reason", reason));
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the nodes to close the sockets of suspended user {}", userId, e);
        }
    }
}
