package io.ensemble.web.realtime;

import io.ensemble.identity.Caller;
import io.ensemble.messaging.RealtimeSignals;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.web.ratelimit.GeneralRateLimitFilter;
import java.util.UUID;

/**
 * What a {@link SocketDialect} may do with one connection: who it is, emit to it alone, spend the
 * same budgets as the native events (a send takes a token of the user's general REST budget, typing
 * has the per-connection typing limit; issue 28) and signal typing to one user.
 */
public final class DialectSocket {
    private final ClientSession session;
    private final WirePayloads wire;
    private final RealtimeLimits limits;
    private final RealtimeSignals signals;
    private final Rooms rooms;

    DialectSocket(ClientSession session, WirePayloads wire, RealtimeLimits limits, RealtimeSignals signals,
                  Rooms rooms) {
        this.rooms = rooms;
        this.session = session;
        this.wire = wire;
        this.limits = limits;
        this.signals = signals;
    }

    /** @return the authenticated user of this connection */
    public Caller caller() {
        return session.caller();
    }

    /** Sends {@code event} with {@code payload} (anything Jackson can write) to this connection only. */
    public void emit(String event, Object payload) {
        session.connection().emit(event, wire.of(payload));
    }

    /** Takes one token of the user's general budget. @throws RateLimited when it is empty */
    public void spendSendToken() {
        limits.general().acquire(GeneralRateLimitFilter.userKey(session.caller().userId()));
    }

    /**
     * Publishes {@code user_typing} to {@code user:{receiverId}} after taking a token of the typing limit.
     *
     * @param conversationId the conversation both share (checked by the caller)
     * @throws RateLimited past {@link RealtimeGateway#TYPING_MAX} events per {@link RealtimeGateway#TYPING_WINDOW}
     */
    public void typingTo(UUID receiverId, UUID conversationId, boolean isTyping) {
        if (!session.typingLimit().tryAcquire()) {
            throw new RateLimited("Too many typing events; slow down.", RealtimeGateway.TYPING_WINDOW.toSeconds());
        }
        signals.typingTo(session.caller().userId(), receiverId, conversationId, isTyping);
    }

    /**
     * Joins this connection to {@code conversation:{id}}; the dialect checked membership first.
     *
     * @return false when it had joined already
     */
    public boolean joinConversation(UUID conversationId) {
        String room = io.ensemble.messaging.RealtimeBus.conversationRoom(conversationId);
        if (session.rooms().contains(room)) {
            return false;
        }
        rooms.join(room, session);
        return true;
    }

    /** @return whether this connection joined {@code conversation:{id}} */
    public boolean inConversation(UUID conversationId) {
        return session.rooms().contains(io.ensemble.messaging.RealtimeBus.conversationRoom(conversationId));
    }

    /**
     * Leaves {@code conversation:{id}}.
     *
     * @return false when it was not in it
     */
    public boolean leaveConversation(UUID conversationId) {
        boolean was = inConversation(conversationId);
        rooms.leave(io.ensemble.messaging.RealtimeBus.conversationRoom(conversationId), session);
        return was;
    }
}
