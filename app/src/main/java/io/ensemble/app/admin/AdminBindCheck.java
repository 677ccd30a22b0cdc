package io.ensemble.app.admin;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The start-up rule of issue 29 §2: the admin port binds 127.0.0.1 by default ({@code ADMIN_BIND_HOST});
 * bound to anything else (or to every interface, no host) it must have an {@code ADMIN_TOKEN}, or the
 * service refuses to start.
 */
public final class AdminBindCheck {
    private AdminBindCheck() {
    }

    /**
     * @param server the {@code server:} section
     * @param token  the configured admin token
     * @throws IllegalStateException naming ADMIN_BIND_HOST and ADMIN_TOKEN when an admin connector is reachable
     *                               from other machines and no token is set
     */
    public static void check(ServerFactory server, Optional<String> token) {
        if (token.isPresent()) {
            return;
        }
        for (ConnectorFactory connector : adminConnectors(server)) {
            String host = connector instanceof HttpConnectorFactory http ? http.getBindHost() : null;
            if (!isLoopback(host)) {
                throw new IllegalStateException("The admin port is bound to " + (host == null ? "every interface" : host)
                        + " without an admin token: set ADMIN_BIND_HOST=127.0.0.1 (the default) or set ADMIN_TOKEN "
                        + "so every admin route requires 'Authorization: Bearer <ADMIN_TOKEN>'");
            }
        }
    }

    private static List<ConnectorFactory> adminConnectors(ServerFactory server) {
        if (server instanceof DefaultServerFactory factory) {
            return factory.getAdminConnectors();
        }
        if (server instanceof SimpleServerFactory simple) {
            return List.of(simple.getConnector()); // the admin context shares the one connector
        }
        return List.of();
    }

    /** @return whether {@code host} names only loopback addresses (127.0.0.0/8, ::1, localhost) */
    static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(host.trim());
            for (InetAddress address : all) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
