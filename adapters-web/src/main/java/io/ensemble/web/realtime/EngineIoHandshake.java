package io.ensemble.web.realtime;

import io.socket.engineio.server.utils.ParseQS;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checks the query of an Engine.IO request before Engine.IO sees it (issue 28: malformed handshakes
 * got 500 and Java exception text): {@code EIO=4} (Engine.IO v4, the only version Socket.IO v4
 * clients speak), a {@code transport} of {@code polling} (plain HTTP) or {@code websocket} (an
 * upgrade), and a {@code sid}, when given, of a live session. Each refusal is a 400 of the API's
 * error body.
 */
final class EngineIoHandshake {
    private final Predicate<String> liveSession;

    /** @param liveSession whether a session id belongs to an open Engine.IO session of this node */
    EngineIoHandshake(Predicate<String> liveSession) {
        this.liveSession = liveSession;
    }

    /**
     * Parses a raw query string as Engine.IO does.
     *
     * @return the parameters, or empty when the query cannot be decoded (e.g. a bad {@code %} escape)
     */
    static Optional<Map<String, String>> parse(String rawQuery) {
        try {
            return Optional.of(ParseQS.decode(rawQuery == null ? "" : rawQuery));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param query the parsed query, or empty when it could not be decoded
     * @param upgrade true for a WebSocket upgrade, false for a long-polling request
     * @return why the request is refused, or empty when Engine.IO may handle it
     */
    Optional<HandshakeErrors.Refusal> refusal(Optional<Map<String, String>> query, boolean upgrade) {
        if (query.isEmpty()) {
            return bad("The query string cannot be decoded.");
        }
        Map<String, String> q = query.get();
        if (!"4".equals(q.get("EIO"))) {
            return bad("EIO must be 4 (Engine.IO v4, as Socket.IO v4 clients send).");
        }
        String transport = q.get("transport");
        if (upgrade ? !"websocket".equals(transport) : !"polling".equals(transport)) {
            return bad(upgrade ? "A WebSocket upgrade needs transport=websocket."
                    : "transport must be polling (or websocket with a WebSocket upgrade).");
        }
        String sid = q.get("sid");
        if (sid != null && !liveSession.test(sid)) {
            return bad("Unknown or closed session id (sid); start a new handshake without sid.");
        }
        return Optional.empty();
    }

    private static Optional<HandshakeErrors.Refusal> bad(String message) {
        return Optional.of(HandshakeErrors.Refusal.of(400, message));
    }
}
