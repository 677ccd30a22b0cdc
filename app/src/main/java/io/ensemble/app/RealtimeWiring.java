package io.ensemble.app;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.identity.SessionService;
import io.ensemble.messaging.RealtimeSignals;
import io.ensemble.web.realtime.RealtimeGateway;
import io.ensemble.web.realtime.WsEndpoint;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the realtime gateway (DESIGN §Realtime, issue 4 §3): one {@link RealtimeGateway}
 * subscribed to the messaging context's bus, served at {@code /ws} (JSON frames) on the API port.
 */
final class RealtimeWiring {
    /** A socket silent for this long is dropped (clients ping; Socket.IO has its own heartbeat). */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);

    private RealtimeWiring() {
    }

    /** Builds the gateway over {@code messaging} and registers the socket endpoints. */
    static RealtimeGateway register(Environment env, SessionService sessions, MessagingWiring.Wired messaging,
                                    Clock clock) {
        RealtimeSignals signals = new RealtimeSignals(messaging.chat(), messaging.bus(), clock);
        RealtimeGateway gateway = new RealtimeGateway(sessions, messaging.chat(), signals, messaging.bus(),
                env.getObjectMapper(), clock);
        AutoCloseable subscription = messaging.bus().subscribe(gateway);
        env.lifecycle().manage(new Managed() {
            @Override
            public void stop() throws Exception {
                subscription.close();
            }
        });
        WsEndpoint.register(env.getApplicationContext(), "/ws", gateway, env.getObjectMapper(), IDLE_TIMEOUT);
        return gateway;
    }
}
