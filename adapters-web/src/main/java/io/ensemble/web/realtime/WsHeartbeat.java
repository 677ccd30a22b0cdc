package io.ensemble.web.realtime;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server keep-alive for {@code /ws} (issue 4 §3: heartbeats drop dead sockets). Every
 * {@code interval} ({@link #beat}, run by a scheduler the app owns) each open socket gets a
 * WebSocket ping (RFC 6455 §5.5.2; browsers and the JDK client answer with a pong by themselves);
 * a socket that has not been heard from (pong or frame) for two intervals after a ping was sent
 * to it is dropped without a close handshake, which runs the gateway's normal close (rooms left,
 * presence updated).
 */
public final class WsHeartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(WsHeartbeat.class);
    private static final ByteBuffer PAYLOAD = ByteBuffer.wrap(new byte[] {'h', 'b'}).asReadOnlyBuffer();
    private final Duration interval;
    /** Watched sockets → {@link System#nanoTime()} of the oldest ping not answered yet (0: none). */
    private final Map<Beating, Long> unansweredSince = new ConcurrentHashMap<>();

    /** One socket as the heartbeat sees it. */
    interface Beating {
        /** @return the Jetty session, or null before open */
        Session session();

        /** @return {@link System#nanoTime()} when the client was last heard */
        long lastHeardNanos();
    }

    /** @param interval time between pings; a socket silent for twice this after a ping is dropped */
    public WsHeartbeat(Duration interval) {
        this.interval = interval;
    }

    /** @return the time between two beats, for the scheduler */
    public Duration interval() {
        return interval;
    }

    void watch(Beating socket) {
        unansweredSince.put(socket, 0L);
    }

    void forget(Beating socket) {
        unansweredSince.remove(socket);
    }

    /** Pings every live socket and drops the ones that left a ping unanswered for two intervals. @return how many were dropped */
    public int beat() {
        long now = System.nanoTime();
        int dropped = 0;
        for (Map.Entry<Beating, Long> e : unansweredSince.entrySet()) {
            Beating socket = e.getKey();
            Session session = socket.session();
            if (session == null || !session.isOpen()) {
                continue;
            }
            long since = e.getValue();
            boolean answered = since == 0 || socket.lastHeardNanos() >= since;
            try {
                if (!answered && now - since > 2 * interval.toNanos()) {
                    unansweredSince.remove(socket);
                    session.disconnect();
                    dropped++;
                    continue;
                }
                if (answered) {
                    e.setValue(now);
                }
                session.sendPing(PAYLOAD.duplicate(), Callback.NOOP);
            } catch (RuntimeException ex) {
                LOG.debug("Heartbeat on a closing /ws socket failed", ex);
            }
        }
        if (dropped > 0) {
            LOG.info("Dropped {} /ws sockets that left a ping unanswered for {}", dropped, interval.multipliedBy(2));
        }
        return dropped;
    }
}
