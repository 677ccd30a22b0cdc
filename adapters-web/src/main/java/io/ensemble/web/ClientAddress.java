package io.ensemble.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's IP address as the server sees it. Behind a proxy, enable Dropwizard's
 * {@code useForwardedHeaders} so Jetty rewrites the remote address from {@code X-Forwarded-For}.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    /** @return the remote IP, or "unknown" when the container gives none */
    public static String of(HttpServletRequest request) {
        String addr = request == null ? null : request.getRemoteAddr();
        return addr == null ? "unknown" : addr;
    }
}
