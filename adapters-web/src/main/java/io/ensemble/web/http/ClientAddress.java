package io.ensemble.web.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's IP address as the server sees it. Behind proxies listed in {@code TRUSTED_PROXIES},
 * {@link io.ensemble.web.forwarded.TrustedProxyCustomizer} has already made it the forwarded
 * client's (issue 29 §3).
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
