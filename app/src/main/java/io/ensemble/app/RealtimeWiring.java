package io.ensemble.app;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.app.config.RealtimeConfig;
import io.ensemble.identity.SessionService;
import io.ensemble.integrations.realtime.RedisRealtimeBus;
import io.ensemble.messaging.LocalRealtimeBus;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.messaging.RealtimeSignals;
import io.ensemble.web.realtime.RealtimeGateway;
import io.ensemble.web.realtime.SocketIoEndpoint;
import io.ensemble.web.realtime.WirePayloads;
import io.ensemble.web.realtime.WsEndpoint;
import io.socket.engineio.server.EngineIoServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Wires the realtime bus ({@code realtime.bus: local|redis}) and gateway (DESIGN §Realtime,
 * issue 4 §3-4): one {@link RealtimeGateway}
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
     * The two ends of the realtime bus: {@code local} is what this node's sockets listen to,
     * {@code publisher} where events are published (the same object for {@code realtime.bus: local};
     * a {@link RedisRealtimeBus} feeding {@code local} and the other nodes for {@code redis}).
     */
    record Buses(LocalRealtimeBus local, RealtimeBus publisher) {
    }

    /** Builds the bus chosen by {@code realtime.bus}; the Redis one connects in the background. */
    static Buses buses(Environment env, RealtimeConfig config, String redisUrl) {
        LocalRealtimeBus local = new LocalRealtimeBus();
        if (!config.redis()) {
            return new Buses(local, local);
        }
        WirePayloads wire = new WirePayloads(env.getObjectMapper());
        RedisRealtimeBus redis = new RedisRealtimeBus(redisUrl, config.getChannelPrefix(), local,
                env.getObjectMapper(), wire::of);
        env.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                redis.start();
            }

            @Override
            public void stop() {
                redis.close();
            }
        });
        return new Buses(local, redis);
    }

    /**
     * Builds the gateway over {@code messaging} and registers the socket endpoints.
     *
     * @param allowedOrigins browser origins Socket.IO's long-polling accepts (the CORS list)
     */
    static RealtimeGateway register(Environment env, SessionService sessions, MessagingWiring.Wired messaging,
                                    Set<String> allowedOrigins, Clock clock) {
        RealtimeBus publisher = messaging.buses().publisher();
        RealtimeSignals signals = new RealtimeSignals(messaging.chat(), publisher, clock);
        RealtimeGateway gateway = new RealtimeGateway(sessions, messaging.chat(), signals, publisher,
                env.getObjectMapper(), clock);
        AutoCloseable subscription = messaging.buses().local().subscribe(gateway);
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
