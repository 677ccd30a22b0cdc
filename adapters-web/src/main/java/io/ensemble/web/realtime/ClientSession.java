package io.ensemble.web.realtime;

import io.ensemble.identity.Caller;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's state of one authenticated connection: who it is, the rooms it joined (always
 * {@code user:{id}}, plus conversation rooms whose membership was checked) and its typing budget.
 */
public final class ClientSession {
    private final Caller caller;
    private final RealtimeConnection connection;
    private final Set<String> rooms = ConcurrentHashMap.newKeySet();
    private final FixedWindowLimit typingLimit;
    private final SocketDialect dialect;

    ClientSession(Caller caller, RealtimeConnection connection, FixedWindowLimit typingLimit, SocketDialect dialect) {
        this.caller = caller;
        this.connection = connection;
        this.typingLimit = typingLimit;
        this.dialect = dialect;
    }

    /** @return the authenticated user of this connection */
    public Caller caller() {
        return caller;
    }

    RealtimeConnection connection() {
        return connection;
    }

    Set<String> rooms() {
        return rooms;
    }

    FixedWindowLimit typingLimit() {
        return typingLimit;
    }

    /** @return the dialect this connection speaks ({@link SocketDialect#NATIVE} on {@code /ws}) */
    SocketDialect dialect() {
        return dialect;
    }
}
