package io.ensemble.app;

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
final class RealtimeMetrics {
    private RealtimeMetrics() {
    }

    /**
     * @return the same buses, with the publisher counting sent messages (the local end unchanged, so sockets
     *     still subscribe to it)
     */
    static RealtimeWiring.Buses counted(RealtimeWiring.Buses buses, MetricRegistry metrics) {
        Meter sent = metrics.meter(MetricRegistry.name("messaging", "messages", "sent"));
        RealtimeBus publisher = buses.publisher();
        RealtimeBus counting = (room, event, payload) -> {
            if ("message_sent".equals(event)) {
                sent.mark();
            }
            publisher.publish(room, event, payload);
        };
        return new RealtimeWiring.Buses(buses.local(), counting, buses.presence());
    }

    /** @return {@code listener} timed into {@code realtime.fanout} */
    static LocalRealtimeBus.Listener timed(LocalRealtimeBus.Listener listener, MetricRegistry metrics) {
        Timer fanout = metrics.timer(MetricRegistry.name("realtime", "fanout"));
        return (room, event, payload) -> {
            try (Timer.Context ignored = fanout.time()) {
                listener.onEvent(room, event, payload);
            }
        };
    }

    /** Registers the socket gauges over {@code gateway} (counted at most once a second). */
    static void sockets(RealtimeGateway gateway, MetricRegistry metrics) {
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
