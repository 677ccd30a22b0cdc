package io.ensemble.app;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.app.config.RealtimeConfig;
import io.ensemble.identity.SessionService;
import io.ensemble.integrations.realtime.RedisPresence;
import io.ensemble.integrations.realtime.RedisRealtimeBus;
import io.ensemble.messaging.ClusterPresence;
import io.ensemble.messaging.LocalRealtimeBus;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.messaging.RealtimeSignals;
import io.ensemble.web.ratelimit.RateLimiter;
import io.ensemble.web.realtime.RealtimeGateway;
import io.ensemble.web.realtime.RealtimeLimits;
import io.ensemble.web.realtime.SocketIoEndpoint;
import io.ensemble.web.realtime.WirePayloads;
import io.ensemble.web.realtime.WsEndpoint;
import io.ensemble.web.realtime.WsHeartbeat;
import io.socket.engineio.server.EngineIoServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Wires the realtime bus ({@code realtime.bus: local|redis}) and gateway (DESIGN §Realtime,
 * issue 4 §3-4): one {@link RealtimeGateway}
 * subscribed to the messaging context's bus, served at {@code /ws} (JSON frames) and
 * {@code /socket.io/} (Socket.IO v4) on the API port, with the /ws heartbeat and, when the server
 * stops, every socket told to reconnect before the connectors close (DESIGN §Operability).
 */
final class RealtimeWiring {
    /** A socket with no traffic at all for this long is dropped (the heartbeat normally drops it first). */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);
    /** What sockets are told when the server stops (/ws close reason, Socket.IO server_restart). */
    static final String SHUTDOWN_REASON = "server restarting; reconnect";

    private RealtimeWiring() {
    }

    /**
     * The two ends of the realtime bus: {@code local} is what this node's sockets listen to,
     * {@code publisher} where events are published (the same object for {@code realtime.bus: local};
     * a {@link RedisRealtimeBus} feeding {@code local} and the other nodes for {@code redis}), and
     * {@code presence} the other nodes' presence (in Redis for {@code redis}, issue 29 §4).
     */
    record Buses(LocalRealtimeBus local, RealtimeBus publisher, ClusterPresence presence) {
    }

    /** Builds the bus chosen by {@code realtime.bus}; the Redis one connects in the background. */
    static Buses buses(Environment env, RealtimeConfig config, String redisUrl) {
        LocalRealtimeBus local = new LocalRealtimeBus();
        if (!config.redis()) {
            return new Buses(local, local, ClusterPresence.SINGLE_NODE);
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
        return new Buses(local, redis, new RedisPresence(redisUrl, config.getChannelPrefix(), config.presenceTtl()));
    }

    /**
     * Builds the gateway over {@code messaging} and registers the socket endpoints.
     *
     * @param allowedOrigins browser origins Socket.IO's long-polling accepts (the CORS list)
     * @param maxBodyBytes the largest long-polling POST body ({@code http.maxBodyBytes})
     * @param general the API's general per-user limiter, shared by socket sends (issue 28)
     */
    static RealtimeGateway register(Environment env, SessionService sessions, MessagingWiring.Wired messaging,
                                    RealtimeConfig config, Set<String> allowedOrigins, long maxBodyBytes,
                                    RateLimiter general, Clock clock) {
        RealtimeBus publisher = messaging.buses().publisher();
        ClusterPresence presence = messaging.buses().presence();
        RealtimeSignals signals = new RealtimeSignals(messaging.chat(), publisher, clock, presence);
        if (presence instanceof RedisPresence redisPresence) {
            env.lifecycle().manage(new Managed() {
                @Override
                public void start() {
                    redisPresence.start(signals::connectedHere, signals::expired);
                }

                @Override
                public void stop() {
                    redisPresence.close();
                }
            });
        }
        RealtimeGateway gateway = new RealtimeGateway(sessions, messaging.chat(), signals, publisher,
                env.getObjectMapper(), clock, new RealtimeLimits(general, config.maxSocketsPerUser()));
        messaging.watchedBy().accept(gateway::watching);
        AutoCloseable subscription = messaging.buses().local().subscribe(RealtimeMetrics.timed(gateway, env.metrics()));
        WsHeartbeat heartbeat = new WsHeartbeat(config.pingInterval());
        WsEndpoint.register(env.getApplicationContext(), "/ws", gateway, env.getObjectMapper(), IDLE_TIMEOUT,
                allowedOrigins, heartbeat);
        EngineIoServer engineIo = SocketIoEndpoint.register(env.getApplicationContext(), gateway,
                env.getObjectMapper(), allowedOrigins, config.pingInterval(), maxBodyBytes);
        long beat = heartbeat.interval().toMillis();
        env.lifecycle().scheduledExecutorService("ws-heartbeat").threads(1).build()
                .scheduleAtFixedRate(heartbeat::beat, beat, beat, TimeUnit.MILLISECONDS);
        env.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(LifeCycle server) {
                gateway.shutdown(SHUTDOWN_REASON, config.shutdownGrace());
            }
        });
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
