package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeRequest;
import org.eclipse.jetty.ee10.websocket.server.JettyServerUpgradeResponse;

/**
 * Origin check of WebSocket upgrades ({@code /ws}, {@code /socket.io/}) against the API's CORS
 * allowlist ({@code http.corsAllowedOrigins}), RFC 6455 §10.2: browsers always send
 * {@code Origin}, so a page of another site cannot open a socket with a user's token. Requests
 * without {@code Origin} (native apps, servers) and same-origin upgrades ({@link #sameOrigin}) pass;
 * an empty allowlist checks nothing.
 *
 * <p>A refused upgrade gets 403 with the API's error body (error body of CONVENTIONS.md, code
 * {@code FORBIDDEN}). This only happens when Jetty's {@code CrossOriginHandler} in front of the
 * context delivers such upgrades ({@code setDeliverNonAllowedOriginWebSocketUpgradeRequests(true)},
 * see {@code EnsembleApplication}); by default it answers them itself with a bare 400.
 */
final class UpgradeOrigins {
    static final String MESSAGE = "This Origin may not open a socket: it is neither this server's own origin"
            + " nor in CORS_ALLOWED_ORIGINS.";

    private final Set<String> allowed;
    private final HandshakeErrors errors;

    UpgradeOrigins(Set<String> allowed, ObjectMapper json) {
        this.allowed = Set.copyOf(allowed);
        this.errors = new HandshakeErrors(json);
    }

    /** @return true when the upgrade may proceed */
    boolean accepts(JettyServerUpgradeRequest request) {
        String origin = request.getHeader("Origin");
        return allowed.isEmpty() || origin == null || allowed.contains(origin)
                || sameOrigin(origin, request.getHttpServletRequest());
    }

    /**
     * Whether {@code origin} is the request's own origin: same scheme, host and port as the request
     * (RFC 6454 §5; behind {@code TRUSTED_PROXIES} the forwarded ones, which Jetty already applied).
     * Native WebSocket clients (python-socketio's websocket-client, the iOS Swift client) send such an
     * Origin built from the server URL; it is not cross-site, so it passes (issue 28 §Interop).
     */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null) {
            return false;
        }
        String scheme = httpScheme(uri.getScheme());
        String own = httpScheme(request.getScheme());
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
        return scheme.equals(own) && port > 0 && port == request.getServerPort()
                && bare(uri.getHost()).equalsIgnoreCase(bare(request.getServerName()));
    }

    private static String httpScheme(String scheme) {
        String s = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "ws" -> "http";
            case "wss" -> "https";
            default -> s;
        };
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    /** @return a host without IPv6 brackets */
    private static String bare(String host) {
        return host != null && host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
                : String.valueOf(host);
    }

    /** Answers the refused upgrade with 403 and {@code {success:false, error, message, code: FORBIDDEN}}. */
    void refuse(JettyServerUpgradeRequest request, JettyServerUpgradeResponse response) {
        errors.refuseUpgrade(request, response, HandshakeErrors.Refusal.of(403, MESSAGE));
    }
}
