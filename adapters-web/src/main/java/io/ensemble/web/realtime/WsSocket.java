package io.ensemble.web.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ensemble.shared.errors.Unauthenticated;
import java.util.List;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One {@code /ws} socket (DESIGN §Realtime): JSON text frames {@code {type, data, ackId}} both
 * ways. Authenticated by {@code ?token=} or, failing that, by a first frame
 * {@code {"type":"auth","data":{"token":"…"}}}; then the server sends {@code connected {userId}}.
 * A failed authentication gets an {@code error} frame and close code 1008. An acknowledgement is
 * {@code {"type":"ack","ackId":<the client's>,"data":<body>}}. A frame that is not a JSON object
 * with a string {@code type} gets {@code error BAD_FRAME}; the socket stays open. Public only
 * because Jetty invokes its listener methods reflectively; build it through {@link WsEndpoint}.
 */
public final class WsSocket implements Session.Listener.AutoDemanding, RealtimeConnection, WsHeartbeat.Beating {
    private final RealtimeGateway gateway;
    private final ObjectMapper json;
    private final String queryToken;
    private final WsHeartbeat heartbeat;
    private final SocketDialect dialect;
    private volatile Session session;
    private volatile ClientSession client;
    private volatile long lastHeard = System.nanoTime();

    WsSocket(RealtimeGateway gateway, ObjectMapper json, String queryToken, WsHeartbeat heartbeat) {
        this(gateway, json, queryToken, heartbeat, null);
    }

    /** @param dialect what this socket speaks, or null for the gateway's choice ({@code /ws}: native) */
    WsSocket(RealtimeGateway gateway, ObjectMapper json, String queryToken, WsHeartbeat heartbeat,
             SocketDialect dialect) {
        this.dialect = dialect;
        this.gateway = gateway;
        this.json = json;
        this.queryToken = queryToken;
        this.heartbeat = heartbeat;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public long lastHeardNanos() {
        return lastHeard;
    }

    @Override
    public void onWebSocketPong(java.nio.ByteBuffer payload) {
        lastHeard = System.nanoTime();
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        heartbeat.watch(this);
        if (queryToken != null && !queryToken.isBlank()) {
            authenticate(queryToken);
        }
    }

    @Override
    public void onWebSocketText(String text) {
        lastHeard = System.nanoTime();
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (JsonProcessingException e) {
            frame = null;
        }
        if (dialect != null && frame != null && frame.isObject() && !frame.has("type") && frame.path("event").isTextual()) {
            ((ObjectNode) frame).set("type", frame.get("event")); // seeds/003 clients may name it "event"
        }
        if (frame == null || !frame.isObject() || !frame.path("type").isTextual()) {
            emitOrError("BAD_FRAME", "Frames are JSON objects {type, data, ackId}.");
            return;
        }
        String type = frame.get("type").asText();
        JsonNode ackId = frame.get("ackId");
        if (client == null) {
            if (type.equals("auth")) {
                authenticate(frame.path("data").path("token").asText(null));
            } else {
                emitOrError("UNAUTHENTICATED", "Send {\"type\":\"auth\",\"data\":{\"token\":…}} first.");
            }
            return;
        }
        Ack ack = ackId == null || ackId.isNull() ? null : body -> send(ackFrame(ackId, body).toString());
        gateway.handle(client, type, frame.get("data"), ack);
    }

    private void authenticate(String token) {
        try {
            client = dialect == null ? gateway.open(token, this) : gateway.open(token, this, dialect);
            emit("connected", json.createObjectNode().put("userId", client.caller().userId().toString()));
        } catch (Unauthenticated e) {
            emit("error", json.createObjectNode().put("success", false).put("error", e.code())
                    .put("code", e.code()).put("message", e.getMessage()).put("event", "auth"));
            session.close(StatusCode.POLICY_VIOLATION, "unauthenticated", Callback.NOOP);
        }
    }

    private void emitOrError(String code, String message) {
        if (client != null && code.equals("BAD_FRAME")) {
            gateway.malformed(client, message);
        } else {
            emit("error", json.createObjectNode().put("success", false).put("error", code).put("code", code)
                    .put("message", message).put("event", ""));
        }
    }

    private ObjectNode ackFrame(JsonNode ackId, JsonNode body) {
        ObjectNode frame = json.createObjectNode().put("type", "ack");
        frame.set("ackId", ackId);
        frame.set("data", body);
        return frame;
    }

    @Override
    public void emit(String event, JsonNode data) {
        send(eventFrame(event, data == null || data.isMissingNode() ? "null" : data.toString()));
    }

    /**
     * One text frame {@code {"type":…,"data":…}} per event, made from the shared JSON text, queued
     * as a batch and flushed with the last one, so a {@code message_sent} + {@code new_message}
     * pair costs one network write.
     */
    @Override
    public void emitAll(List<String> events, SharedEventData data) {
        Session s = session;
        if (s == null || !s.isOpen()) {
            return;
        }
        if (!(s instanceof WebSocketSession jetty)) {
            events.forEach(event -> send(eventFrame(event, data.json())));
            return;
        }
        CoreSession core = jetty.getCoreSession();
        for (int i = 0; i < events.size(); i++) {
            core.sendFrame(new Frame(OpCode.TEXT, eventFrame(events.get(i), data.json())),
                    org.eclipse.jetty.util.Callback.NOOP, i < events.size() - 1);
        }
    }

    /** @return the text frame {@code {"type": event, "data": <dataJson>}} of a server event */
    private String eventFrame(String event, String dataJson) {
        return "{\"type\":" + json.getNodeFactory().textNode(event) + ",\"data\":" + dataJson + "}";
    }

    private void send(String frame) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.sendText(frame, Callback.NOOP);
        }
    }

    /** Sends {@code error} and closes with 1008 (Policy Violation) and {@code reason}. */
    @Override
    public void evict(JsonNode error, String reason) {
        emit("error", error);
        Session s = session;
        if (s != null) {
            s.close(StatusCode.POLICY_VIOLATION, reason, Callback.NOOP);
        }
    }

    @Override
    public void close(String reason) {
        Session s = session;
        if (s != null) {
            s.close(StatusCode.SERVICE_RESTART, reason, Callback.NOOP);
        }
    }

    /** A broken connection (e.g. dropped by the heartbeat): Jetty closes it and calls {@link #onWebSocketClose}. */
    @Override
    public void onWebSocketError(Throwable cause) {
        org.slf4j.LoggerFactory.getLogger(WsSocket.class).debug("/ws connection failed", cause);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        heartbeat.forget(this);
        ClientSession c = client;
        client = null;
        if (c != null) {
            gateway.close(c);
        }
    }
}
