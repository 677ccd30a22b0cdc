package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.app.config.RealtimeConfig;
import io.ensemble.messaging.MessagingService;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.messaging.TeamChat;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.compat.idyll.IdyllChatSocket;
import io.ensemble.web.compat.idyll.IdyllPeople;
import io.ensemble.web.messaging.TeamChatResource;
import io.ensemble.web.realtime.RealtimeGateway;
import io.ensemble.web.realtime.SocketIoEndpoint;
import io.ensemble.web.realtime.WsEndpoint;
import io.ensemble.web.realtime.WsHeartbeat;
import io.socket.engineio.server.EngineIoServer;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Wires the agency team chat (issue 22 §1-2): {@link TeamChat} over messaging, its native routes
 * {@code /api/v1/agency/chat/messages}, and seeds/003's {@code /ws/chat} on the API port, served to
 * a Socket.IO client ({@code path: '/ws/chat'}) and to a plain WebSocket (JSON frames as {@code /ws}),
 * both through the one {@link RealtimeGateway} (same rooms, bus, limits and authorization) speaking
 * {@link IdyllChatSocket}.
 */
public final class TeamChatWiring {
    /** The path seeds/003 names. */
    public static final String PATH = "/ws/chat";

    private TeamChatWiring() {
    }

    /**
     * Builds the team chat and registers its routes.
     *
     * @return the use cases, for the dialect routes and {@link #registerSocket}
     */
    public static TeamChat register(Environment env, Persistence db, MessagingService chat, IdGenerator ids,
                                    Clock clock) {
        TeamChat team = new TeamChat(db.teamRooms, chat, ids, clock);
        env.jersey().register(new TeamChatResource(team));
        return team;
    }

    /**
     * Mounts {@code /ws/chat} (Socket.IO at {@code /ws/chat/*}, a plain WebSocket for upgrades without
     * Engine.IO's {@code EIO} parameter), with its own heartbeat for the plain sockets.
     *
     * @param bus where the dialect announces {@code user_joined}/{@code user_left}
     */
    public static void registerSocket(Environment env, Persistence db, TeamChat team, RealtimeGateway gateway,
                                      RealtimeBus bus, RealtimeConfig config, Set<String> allowedOrigins,
                                      long maxBodyBytes) {
        IdyllChatSocket dialect = new IdyllChatSocket(team, new IdyllPeople(db.users, db.profiles), bus);
        WsHeartbeat heartbeat = new WsHeartbeat(config.pingInterval());
        EngineIoServer engineIo = SocketIoEndpoint.register(env.getApplicationContext(), PATH, gateway,
                env.getObjectMapper(), allowedOrigins, config.pingInterval(), maxBodyBytes, dialect,
                WsEndpoint.creator(gateway, env.getObjectMapper(), heartbeat, dialect));
        long beat = heartbeat.interval().toMillis();
        env.lifecycle().scheduledExecutorService("ws-chat-heartbeat").threads(1).build()
                .scheduleAtFixedRate(heartbeat::beat, beat, beat, TimeUnit.MILLISECONDS);
        env.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                engineIo.shutdown();
            }
        });
    }
}
