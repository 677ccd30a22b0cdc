package io.ensemble.app.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Guards every route of the admin port (issue 29 §2 and its hardening issue):
 * <ul>
 *   <li>with an admin token configured, every request needs {@code Authorization: Bearer <ADMIN_TOKEN>}
 *       (compared in constant time), else 401 {@code UNAUTHENTICATED};</li>
 *   <li>without one, {@code /threads} and {@code /pprof} answer 404;</li>
 *   <li>Dropwizard's {@code log-level} task answers 404 (it could make the service log request bodies);</li>
 *   <li>{@code POST /tasks/*} from a browser (any {@code Origin} header, or a form or text content type a page
 *       can send without a preflight) answers 403 {@code FORBIDDEN}.</li>
 * </ul>
 */
public final class AdminAccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> DIAGNOSTICS = Set.of("/threads", "/pprof");
    private static final Set<String> REMOVED_TASKS = Set.of("/tasks/log-level");
    private static final Set<String> BROWSER_TYPES = Set.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");

    private final transient Optional<byte[]> token;

    /** @param token the configured admin token; empty when none is */
    public AdminAccessFilter(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = path(request);
        if (token.isPresent() && !authorized(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            AdminErrors.write(response, 401, "UNAUTHENTICATED",
                    "Send 'Authorization: Bearer <ADMIN_TOKEN>' to use the admin port.");
            return;
        }
        if (REMOVED_TASKS.contains(path) || (token.isEmpty() && isDiagnostics(path))) {
            AdminErrors.write(response, 404, "NOT_FOUND", "No such admin route.");
            return;
        }
        if (path.startsWith("/tasks/") && "POST".equalsIgnoreCase(request.getMethod()) && fromBrowser(request)) {
            AdminErrors.write(response, 403, "FORBIDDEN",
                    "Admin tasks are not started from a browser: POST without an Origin header or form body.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The decoded path the servlet mapping sees (not the raw URI, where {@code log%2Dlevel} would slip by). */
    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static boolean isDiagnostics(String path) {
        return DIAGNOSTICS.stream().anyMatch(d -> path.equals(d) || path.startsWith(d + "/"));
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] sent = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sent, token.orElseThrow());
    }

    private static boolean fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Origin") != null) {
            return true;
        }
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return BROWSER_TYPES.contains(bare);
    }
}
