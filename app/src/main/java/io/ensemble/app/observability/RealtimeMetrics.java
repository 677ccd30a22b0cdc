package io.ensemble.app.observability;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import io.ensemble.messaging.LocalRealtimeBus;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.web.realtime.RealtimeGateway;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Realtime and messaging metrics (issue 29 §5): {@code messaging.messages.sent} (a meter of
 * {@code message_sent} events published by this node), {@code realtime.fanout} (a timer of how long this
 * node's gateway takes to hand one bus event to its sockets) and {@code realtime.sockets.ws} /
 * {@code realtime.sockets.socketio} (open authenticated sockets by transport).
 */
public final class RealtimeMetrics {
    private RealtimeMetrics() {
    }

    /**
     * @param publisher where events are published (the bus's publishing end; sockets subscribe to its local end)
     * @return the same publisher, counting sent messages
     */
    public static RealtimeBus counted(RealtimeBus publisher, MetricRegistry metrics) {
        Meter sent = metrics.meter(MetricRegistry.name("messaging", "messages", "sent"));
        return (room, event, payload) -> {
            if ("message_sent".equals(event)) {
                sent.mark();
            }
            publisher.publish(room, event, payload);
        };
    }

    /** @return {@code listener} timed into {@code realtime.fanout} */
    public static LocalRealtimeBus.Listener timed(LocalRealtimeBus.Listener listener, MetricRegistry metrics) {
        Timer fanout = metrics.timer(MetricRegistry.name("realtime", "fanout"));
        return (room, event, payload) -> {
            try (Timer.Context ignored = fanout.time()) {
                listener.onEvent(room, event, payload);
            }
        };
    }

    /** Registers the socket gauges over {@code gateway} (counted at most once a second). */
    public static void sockets(RealtimeGateway gateway, MetricRegistry metrics) {
        CachedGauge<Map<String, Integer>> byTransport = new CachedGauge<>(1, TimeUnit.SECONDS) {
            @Override
            protected Map<String, Integer> loadValue() {
                return gateway.connectionsByTransport();
            }
        };
        for (String transport : new String[] {"ws", "socketio"}) {
            metrics.register(MetricRegistry.name("realtime", "sockets", transport),
                    (Gauge<Integer>) () -> byTransport.getValue().getOrDefault(transport, 0));
        }
    }
}
