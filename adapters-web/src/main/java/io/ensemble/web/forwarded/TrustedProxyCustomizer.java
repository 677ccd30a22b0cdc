package io.ensemble.web.forwarded;

import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.HostPort;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client address and scheme behind proxies, once per request at the Jetty level (issue 29 §3),
 * like Jetty's {@code ForwardedRequestCustomizer} but believing {@code Forwarded},
 * {@code X-Forwarded-For}, {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} only from a peer
 * in {@link TrustedProxies} (see {@link ForwardedOrigin} for the rightmost-untrusted rule). The
 * request then carries the client's address as its remote address and the client's scheme and
 * host in its URI, so the servlet API ({@code getRemoteAddr}, {@code getScheme},
 * {@code getRequestURL}), rate limits, the request log and absolute URLs all agree. A request from
 * any other peer is left exactly as it arrived.
 */
public final class TrustedProxyCustomizer implements HttpConfiguration.Customizer {
    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxyCustomizer.class);
    private final TrustedProxies trusted;

    /** @param trusted the proxies whose headers are believed */
    public TrustedProxyCustomizer(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    /**
     * Adds a customizer to every application connector (not the admin ones) when the server
     * starts; does nothing when no proxy is trusted.
     */
    public static void install(LifecycleEnvironment lifecycle, TrustedProxies trusted) {
        if (trusted.isEmpty()) {
            return;
        }
        TrustedProxyCustomizer customizer = new TrustedProxyCustomizer(trusted);
        lifecycle.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    for (Connector connector : server.getConnectors()) {
                        if (!"admin".equals(connector.getName())) {
                            httpConfigurations(connector).forEach(c -> {
                                if (!c.getCustomizers().contains(customizer)) {
                                    c.addCustomizer(customizer);
                                }
                            });
                        }
                    }
                    LOG.info("Forwarding headers believed from {}", trusted.networks());
                }
            }
        });
    }

    /**
     * @return the HTTP configurations of a connector's connection factories, also those wrapped by
     *     Dropwizard's metrics ({@code InstrumentedConnectionFactory} holds the real one as a bean)
     */
    private static List<HttpConfiguration> httpConfigurations(Connector connector) {
        List<HttpConfiguration> out = new ArrayList<>();
        for (ConnectionFactory factory : connector.getConnectionFactories()) {
            if (factory instanceof HttpConfiguration.ConnectionFactory http) {
                out.add(http.getHttpConfiguration());
            } else if (factory instanceof ContainerLifeCycle container) {
                container.getBeans(HttpConfiguration.ConnectionFactory.class)
                        .forEach(http -> out.add(http.getHttpConfiguration()));
            }
        }
        return out;
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
        if (!(peer instanceof InetSocketAddress address) || address.getAddress() == null
                || !trusted.trusts(address.getAddress())) {
            return request;
        }
        HttpFields headers = request.getHeaders();
        ForwardedOrigin origin = ForwardedOrigin.resolve(trusted, headers.getValuesList("Forwarded"),
                headers.getValuesList("X-Forwarded-For"), headers.getValuesList("X-Forwarded-Proto"),
                headers.getValuesList("X-Forwarded-Host"));
        if (origin.client().isEmpty() && origin.scheme().isEmpty() && origin.host().isEmpty()) {
            return request;
        }
        SocketAddress remote = origin.client().map(TrustedProxyCustomizer::socketAddress).orElse(peer);
        HttpURI uri = request.getHttpURI();
        HttpURI.Mutable rewritten = HttpURI.build(uri);
        origin.scheme().ifPresent(rewritten::scheme);
        Optional<HostPort> authority = origin.host().map(HostPort::new);
        authority.ifPresent(h -> rewritten.host(h.getHost()).port(h.hasPort() ? h.getPort() : -1));
        HttpURI finalUri = rewritten.asImmutable();
        boolean secure = origin.scheme().map("https"::equals).orElse(request.isSecure());
        ConnectionMetaData meta = new ConnectionMetaData.Wrapper(request.getConnectionMetaData()) {
            @Override
            public SocketAddress getRemoteSocketAddress() {
                return remote;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public HostPort getServerAuthority() {
                return authority.orElseGet(super::getServerAuthority);
            }
        };
        return new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return finalUri;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public ConnectionMetaData getConnectionMetaData() {
                return meta;
            }
        };
    }

    /** @return the client as a socket address (an unresolved one for an obfuscated identifier) */
    private static SocketAddress socketAddress(String client) {
        Optional<InetAddress> ip = IpLiteral.parse(client);
        return ip.<SocketAddress>map(a -> new InetSocketAddress(a, 0))
                .orElseGet(() -> InetSocketAddress.createUnresolved(client, 0));
    }
}
