package io.ensemble.app;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.identity.SessionService;
import io.ensemble.messaging.RealtimeSignals;
import io.ensemble.web.realtime.RealtimeGateway;
import io.ensemble.web.realtime.SocketIoEndpoint;
import io.ensemble.web.realtime.WsEndpoint;
import io.socket.engineio.server.EngineIoServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Wires the realtime gateway (DESIGN §Realtime, issue 4 §3): one {@link RealtimeGateway}
 * subscribed to the messaging context's bus, served at {@code /ws} (JSON frames) and
 * {@code /socket.io/} (Socket.IO v4) on the API port.
 */
final class RealtimeWiring {
    /** A socket silent for this long is dropped (clients ping; Socket.IO has its own heartbeat). */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);
    /** Engine.IO heartbeat: a client missing pings for this long plus the timeout is dropped. */
    static final Duration PING_INTERVAL = Duration.ofSeconds(25);

    private RealtimeWiring() {
    }

    /**
     * Builds the gateway over {@code messaging} and registers the socket endpoints.
     *
     * @param allowedOrigins browser origins Socket.IO's long-polling accepts (the CORS list)
     */
    static RealtimeGateway register(Environment env, SessionService sessions, MessagingWiring.Wired messaging,
                                    Set<String> allowedOrigins, Clock clock) {
        RealtimeSignals signals = new RealtimeSignals(messaging.chat(), messaging.bus(), clock);
        RealtimeGateway gateway = new RealtimeGateway(sessions, messaging.chat(), signals, messaging.bus(),
                env.getObjectMapper(), clock);
        AutoCloseable subscription = messaging.bus().subscribe(gateway);
        WsEndpoint.register(env.getApplicationContext(), "/ws", gateway, env.getObjectMapper(), IDLE_TIMEOUT);
        EngineIoServer engineIo = SocketIoEndpoint.register(env.getApplicationContext(), gateway,
                env.getObjectMapper(), allowedOrigins, PING_INTERVAL);
        env.lifecycle().manage(new Managed() {
            @Override
            public void stop() throws Exception {
                subscription.close();
                engineIo.shutdown();
            }
        });
        return gateway;
    }
}
