package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.app.config.RealtimeConfig;
import io.ensemble.app.observability.RealtimeMetrics;
import io.ensemble.identity.SessionService;
import io.ensemble.integrations.realtime.RealtimeBusSettings;
import io.ensemble.integrations.realtime.RealtimeBuses;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.messaging.RealtimeSignals;
import io.ensemble.web.messaging.EventInvites;
import io.ensemble.web.ratelimit.RateLimiter;
import io.ensemble.web.realtime.RealtimeGateway;
import io.ensemble.web.realtime.RealtimeLimits;
import io.ensemble.web.realtime.Rooms;
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
 * Wires the realtime bus chosen by {@code realtime.bus.type} ({@code local|redis}, a
 * {@link io.ensemble.integrations.realtime.RealtimeBusFactory}) and the gateway (DESIGN §Realtime,
 * issue 4 §3-4) in two steps with messaging between them, as messaging publishes to the bus and the
 * gateway serves messaging: {@link #ports} (the bus and this node's {@link Rooms}), then {@link #register}:
 * one {@link RealtimeGateway} subscribed to the bus, served at {@code /ws} (JSON frames) and
 * {@code /socket.io/} (Socket.IO v4) on the API port, with the /ws heartbeat and, when the server
 * stops, every socket told to reconnect before the connectors close (DESIGN §Operability), and the
 * realtime metrics ({@link RealtimeMetrics}).
 */
public final class RealtimeWiring {
    /** A socket with no traffic at all for this long is dropped (the heartbeat normally drops it first). */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);
    /** What sockets are told when the server stops (/ws close reason, Socket.IO server_restart). */
    public static final String SHUTDOWN_REASON = "server restarting; reconnect";

    private RealtimeWiring() {
    }

    /**
     * What the messaging context needs before the gateway exists.
     *
     * @param buses the configured bus (local end, publishing end, presence and their lifecycles)
     * @param publisher where events are published: the bus's publishing end, counting sent messages
     * @param rooms this node's room membership: the gateway keeps it, messaging asks it who watches a conversation
     * @param invites the {@code event_invite} messages, sent and shown with their event (issue 21 §2)
     */
    public record Ports(RealtimeBuses buses, RealtimeBus publisher, Rooms rooms, EventInvites invites) {
    }

    /**
     * Builds the bus chosen by {@code realtime.bus}; a Redis one connects in the background when the server starts.
     *
     * @param invites the {@code event_invite} messages: every node's bus JSON carries their event reference
     */
    public static Ports ports(Environment env, RealtimeConfig config, String redisUrl, EventInvites invites) {
        WirePayloads wire = new WirePayloads(env.getObjectMapper(), invites::view);
        RealtimeBuses buses = config.getBus().build(
                new RealtimeBusSettings(redisUrl, config.getChannelPrefix(), config.presenceTtl()),
                env.getObjectMapper(), wire::of);
        env.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                buses.connection().start();
            }

            @Override
            public void stop() {
                buses.connection().close();
            }
        });
        return new Ports(buses, RealtimeMetrics.counted(buses.publisher(), env.metrics()), new Rooms(), invites);
    }

    /**
     * Builds the gateway over {@code chat} and registers the socket endpoints.
     *
     * @param realtime what {@link #ports} built
     * @param allowedOrigins browser origins Socket.IO's long-polling accepts (the CORS list)
     * @param maxBodyBytes the largest long-polling POST body ({@code http.maxBodyBytes})
     * @param general the API's general per-user limiter, shared by socket sends (issue 28)
     * @param dialect what the Socket.IO connections speak: the client profile's dialect, or native
     * @param delivery what a socket's {@code message_delivered} records (issue 27)
     * @return the gateway (presence, socket counts)
     */
    public static RealtimeGateway register(Environment env, SessionService sessions, MessagingService chat,
                                           Ports realtime, RealtimeConfig config, Set<String> allowedOrigins,
                                           long maxBodyBytes, RateLimiter general, Clock clock,
                                           io.ensemble.web.realtime.SocketDialect dialect,
                                           io.ensemble.messaging.DeliveryReceipts delivery) {
        RealtimeBus publisher = realtime.publisher();
        RealtimeBuses buses = realtime.buses();
        RealtimeSignals signals = new RealtimeSignals(chat, publisher, clock, buses.presence());
        env.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                buses.presenceFeed().start(signals::connectedHere, signals::expired);
            }

            @Override
            public void stop() {
                buses.presenceFeed().close();
            }
        });
        RealtimeGateway gateway = new RealtimeGateway(sessions, chat, signals, publisher, realtime.rooms(),
                env.getObjectMapper(), clock, new RealtimeLimits(general, config.maxSocketsPerUser()), dialect,
                realtime.invites(), delivery);
        AutoCloseable subscription = buses.local().subscribe(RealtimeMetrics.timed(gateway, env.metrics()));
        RealtimeMetrics.sockets(gateway, env.metrics());
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
