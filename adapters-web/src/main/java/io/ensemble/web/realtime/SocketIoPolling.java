package io.ensemble.web.realtime;

import io.socket.engineio.server.EngineIoServer;
import io.socket.engineio.server.EngineIoSocket;
import io.socket.engineio.server.parser.Packet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine.IO long-polling at {@code /socket.io/} (issue 28 hardening around
 * {@link EngineIoServer#handleRequest}): the query is checked first ({@link EngineIoHandshake}); a
 * POST needs a live session, its body is capped at {@code maxBodyBytes} (413 from
 * {@code Content-Length} without reading, or counted while reading a chunked body); and until the
 * session has authenticated (a namespace CONNECT whose token is valid) only a CONNECT packet of at most
 * {@link #PRE_AUTH_MAX_BYTES} is read, anything else gets 401 without being parsed. Every refusal is
 * the API's JSON error body, never an HTML page or exception text.
 */
final class SocketIoPolling extends HttpServlet {
    /** Largest body read from a session that has not authenticated: one CONNECT packet with a token. */
    static final int PRE_AUTH_MAX_BYTES = 8 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SocketIoPolling.class);

    private final transient EngineIoServer engineIo;
    private final transient Map<String, EngineIoSocket> open;
    private final transient Set<String> authenticated = ConcurrentHashMap.newKeySet();
    private final transient SocketIoConnectGuard guard;
    private final transient EngineIoHandshake handshake;
    private final transient HandshakeErrors errors;
    private final long maxBodyBytes;

    /**
     * @param open the live Engine.IO sessions by id (kept by the caller)
     * @param maxBodyBytes largest POST body of an authenticated session, bytes ({@code http.maxBodyBytes})
     */
    SocketIoPolling(EngineIoServer engineIo, Map<String, EngineIoSocket> open, SocketIoConnectGuard guard,
                    HandshakeErrors errors, long maxBodyBytes) {
        this.engineIo = engineIo;
        this.open = open;
        this.guard = guard;
        this.handshake = new EngineIoHandshake(sid -> true); // Engine.IO itself knows its sessions (no race)
        this.errors = errors;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Forgets a closed session's authentication. */
    void closed(String sid) {
        authenticated.remove(sid);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Optional<Map<String, String>> query = EngineIoHandshake.parse(req.getQueryString());
            Optional<HandshakeErrors.Refusal> refused = handshake.refusal(query, false);
            if (refused.isPresent()) {
                errors.write(resp, refused.get(), req.getMethod().equals("POST"));
                return;
            }
            String sid = query.get().get("sid");
            switch (req.getMethod()) {
                case "GET" -> handle(req, resp); // a handshake, or a long-poll of a session
                case "POST" -> post(req, resp, sid);
                default -> errors.write(resp, HandshakeErrors.Refusal.of(405,
                        "Engine.IO long-polling uses GET and POST."), true);
            }
        } catch (RuntimeException e) {
            // the query may carry a token: name the failure only, the stack at debug
            LOG.warn("Socket.IO polling request refused ({})", e.getClass().getSimpleName());
            LOG.debug("Socket.IO polling request failure", e);
            errors.write(resp, HandshakeErrors.Refusal.of(400, "The Engine.IO request could not be handled."), true);
        }
    }

    private void post(HttpServletRequest req, HttpServletResponse resp, String sid) throws IOException {
        if (sid == null) {
            errors.write(resp, HandshakeErrors.Refusal.of(400,
                    "POST needs a session: open one with GET ?EIO=4&transport=polling first."), true);
            return;
        }
        boolean authed = authenticated.contains(sid);
        long limit = authed ? maxBodyBytes : PRE_AUTH_MAX_BYTES;
        if (req.getContentLengthLong() > limit) {
            tooLarge(resp, authed, limit);
            return;
        }
        byte[] body = readAtMost(req.getInputStream(), limit);
        if (body == null) {
            tooLarge(resp, authed, limit);
            return;
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        boolean single = payload.indexOf('\u001e') < 0;
        if (!authed && !(single && SocketIoConnectGuard.isConnect(payload))) {
            errors.write(resp, HandshakeErrors.Refusal.of(401,
                    "Authenticate first: send the namespace CONNECT with auth {token}."), true);
            return;
        }
        Optional<String> rejected = single ? guard.rejection(payload, query(req), headers(req)) : Optional.empty();
        if (rejected.isPresent()) {
            EngineIoSocket socket = open.get(sid);
            if (socket != null) {
                socket.send(new Packet<>(Packet.MESSAGE, rejected.get().substring(1)));
                resp.setStatus(200);
                resp.setContentType("text/html; charset=UTF-8");
                resp.getWriter().write("ok");
            } else { // unknown sid: Engine.IO refuses it; racing its handshake: the namespace refuses the token
                handle(new ReplayedBody(req, body), resp);
            }
            return;
        }
        if (handle(new ReplayedBody(req, body), resp) && !authed) {
            authenticated.add(sid);
        }
    }

    /**
     * Hands the request to Engine.IO; its error answers become the API's error body.
     *
     * @return whether Engine.IO took the request (no error answer)
     */
    private boolean handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        EngineIoErrorCapture capture = new EngineIoErrorCapture(resp);
        engineIo.handleRequest(req, capture);
        Optional<HandshakeErrors.Refusal> refused = capture.refusal();
        if (refused.isPresent()) {
            errors.write(resp, refused.get(), false);
            return false;
        }
        return true;
    }

    private void tooLarge(HttpServletResponse resp, boolean authed, long limit) throws IOException {
        errors.write(resp, HandshakeErrors.Refusal.of(413, (authed ? "" : "Before authentication, ")
                + "Engine.IO POST bodies are limited to " + limit + " bytes."), true);
    }

    /** @return the whole body, or null when it is longer than {@code limit} (reading stops there) */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return body.length > limit ? null : body;
    }

    private static Map<String, String> query(HttpServletRequest req) {
        return EngineIoHandshake.parse(req.getQueryString()).orElse(Map.of());
    }

    private static Map<String, List<String>> headers(HttpServletRequest req) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, Collections.list(req.getHeaders(name)));
        }
        return headers;
    }
}
