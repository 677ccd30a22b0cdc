package io.ensemble.web.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ensemble.shared.errors.Unauthenticated;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates the Socket.IO namespace CONNECT before socket.io-server (4.1.2, which has no
 * connect middleware) sees it, so a bad or expired token gets a CONNECT_ERROR packet and the stock
 * client fires {@code connect_error} (Socket.IO protocol v5, "CONNECT_ERROR": payload
 * {@code {message, data}}), as the {@code io.use} check of seeds/000 does. Looks at one Engine.IO
 * MESSAGE packet as received ({@code 40} or {@code 40{"token":"…"}}, main namespace only); the token
 * comes from {@code auth.token}, else the {@code token} query parameter, else
 * {@code Authorization: Bearer}.
 */
final class SocketIoConnectGuard {
    private final RealtimeGateway gateway;
    private final ObjectMapper json;

    SocketIoConnectGuard(RealtimeGateway gateway, ObjectMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    /**
     * @param packet one Engine.IO packet as text, e.g. {@code 40{"token":"…"}}
     * @return the Engine.IO packet to answer instead ({@code 44{"message":…,"data":{"code":…}}}), or
     *     empty when the packet is not a main-namespace CONNECT or its token is valid
     */
    Optional<String> rejection(String packet, Map<String, String> query, Map<String, List<String>> headers) {
        if (!isConnect(packet)) {
            return Optional.empty();
        }
        try {
            gateway.authenticate(token(packet.substring(2), query, headers));
            return Optional.empty();
        } catch (Unauthenticated e) {
            ObjectNode error = json.createObjectNode().put("message", e.getMessage());
            error.putObject("data").put("code", e.code()).put("success", false);
            return Optional.of("44" + error);
        }
    }

    /** @return whether {@code packet} is a main-namespace CONNECT ({@code 40} or {@code 40{…}}) */
    static boolean isConnect(String packet) {
        return packet.startsWith("40") && (packet.length() == 2 || packet.charAt(2) == '{');
    }

    private String token(String auth, Map<String, String> query, Map<String, List<String>> headers) {
        if (!auth.isEmpty()) {
            try {
                JsonNode token = json.readTree(auth).path("token");
                if (token.isTextual()) {
                    return token.asText();
                }
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        String fromQuery = query == null ? null : query.get("token");
        if (fromQuery != null) {
            return fromQuery;
        }
        List<String> header = headers == null ? null : headers.get("Authorization");
        if (header != null && !header.isEmpty() && header.get(0).startsWith("Bearer ")) {
            return header.get(0).substring("Bearer ".length());
        }
        return null;
    }
}
