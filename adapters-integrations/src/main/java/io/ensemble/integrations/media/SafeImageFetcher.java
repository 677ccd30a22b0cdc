package io.ensemble.integrations.media;

import io.ensemble.media.AddressPolicy;
import io.ensemble.media.HostAllowlist;
import io.ensemble.media.HostResolver;
import io.ensemble.media.ImageFetcher;
import io.ensemble.media.ImageProxyService;
import io.ensemble.shared.errors.UpstreamFailed;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * {@link ImageFetcher} over Apache HttpClient 5, SSRF-proof: for the first URL and each redirect
 * (at most {@code maxRedirects}, handled here, never by the client) the host is resolved once,
 * every address is checked with the {@link AddressPolicy}, and the connection uses exactly those
 * checked addresses (a pinned {@link DnsResolver}), so DNS rebinding cannot swap them. TLS still
 * verifies the host name. The body is capped at {@code maxBytes} and the whole fetch at {@code timeout}.
 */
public final class SafeImageFetcher implements ImageFetcher {
    private static final String USER_AGENT = "Ensemble-ImageProxy/1";
    private final AddressPolicy policy;
    private final HostResolver resolver;
    private final long maxBytes;
    private final Duration timeout;
    private final int maxRedirects;
    private final HostAllowlist allowedHosts;

    /**
     * @param policy which addresses may be contacted
     * @param resolver resolves host names (system resolver in production)
     * @param maxBytes largest accepted body
     * @param timeout budget for the whole fetch, redirects included
     * @param maxRedirects most redirects followed
     */
    public SafeImageFetcher(AddressPolicy policy, HostResolver resolver, long maxBytes, Duration timeout,
            int maxRedirects) {
        this(policy, resolver, maxBytes, timeout, maxRedirects, HostAllowlist.any());
    }

    /**
     * @param policy which addresses may be contacted
     * @param resolver resolves host names (system resolver in production)
     * @param maxBytes largest accepted body
     * @param timeout budget for the whole fetch, redirects included
     * @param maxRedirects most redirects followed
     * @param allowedHosts host names the first URL and every redirect must match (checked before resolving)
     */
    public SafeImageFetcher(AddressPolicy policy, HostResolver resolver, long maxBytes, Duration timeout,
            int maxRedirects, HostAllowlist allowedHosts) {
        this.allowedHosts = Objects.requireNonNull(allowedHosts, "allowedHosts");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.maxBytes = maxBytes;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.maxRedirects = maxRedirects;
    }

    @Override
    public Fetched fetch(URI uri) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI current = uri;
        for (int hop = 0; hop <= maxRedirects; hop++) {
            Hop result = fetchOnce(current, deadline);
            if (result.location() == null) {
                return result.body();
            }
            current = ImageProxyService.parse(current.resolve(result.location()).toString());
        }
        throw new UpstreamFailed("UPSTREAM_FAILED", "The image URL redirected more than " + maxRedirects + " times.");
    }

    /** @return the addresses of {@code uri}'s host, all of them allowed by the policy */
    InetAddress[] checkedAddresses(URI uri) {
        String host = uri.getHost();
        if (!allowedHosts.permits(host)) {
            throw ImageProxyService.refused("The image host is not on the proxy's allowlist.");
        }
        int port = port(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new UpstreamFailed("UPSTREAM_FAILED", "The image host could not be resolved.");
        }
        if (addresses.length == 0 || Arrays.stream(addresses).anyMatch(a -> !policy.permits(a, port))) {
            throw ImageProxyService.refused("The image host resolves to an address the proxy may not contact.");
        }
        return addresses;
    }

    private Hop fetchOnce(URI uri, long deadline) {
        InetAddress[] pinned = checkedAddresses(uri);
        Timeout remaining = remaining(deadline);
        String host = uri.getHost();
        DnsResolver dns = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String name) throws UnknownHostException {
                if (!name.equalsIgnoreCase(host)) {
                    throw new UnknownHostException(name);
                }
                return pinned.clone();
            }

            @Override
            public String resolveCanonicalHostname(String name) {
                return name;
            }
        };
        ConnectionConfig connection = ConnectionConfig.custom().setConnectTimeout(remaining)
                .setSocketTimeout(remaining).build();
        try (CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(dns)
                        .setDefaultConnectionConfig(connection).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableContentCompression()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(remaining).build())
                .build()) {
            HttpGet get = new HttpGet(uri);
            get.setHeader("User-Agent", USER_AGENT);
            get.setHeader("Accept", "image/*");
            return client.execute(get, response -> handle(response, deadline));
        } catch (InterruptedIOException e) {
            throw timedOut();
        } catch (IOException e) {
            throw new UpstreamFailed("UPSTREAM_FAILED", "The image server could not be reached.");
        }
    }

    private Hop handle(ClassicHttpResponse response, long deadline) throws IOException {
        int status = response.getCode();
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            Header location = response.getFirstHeader("Location");
            if (location == null) {
                throw new UpstreamFailed("UPSTREAM_FAILED", "The image server redirected without a Location.");
            }
            return new Hop(location.getValue(), null);
        }
        if (status != 200) {
            throw new UpstreamFailed("UPSTREAM_FAILED", "The image server answered " + status + ".");
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            throw new UpstreamFailed("UPSTREAM_FAILED", "The image server sent no body.");
        }
        if (entity.getContentLength() > maxBytes) {
            throw tooLarge();
        }
        return new Hop(null, new Fetched(readCapped(entity.getContent(), deadline),
                entity.getContentType() == null ? "" : entity.getContentType()));
    }

    private byte[] readCapped(InputStream in, long deadline) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            if (out.size() > maxBytes) {
                throw tooLarge();
            }
            if (System.nanoTime() > deadline) {
                throw timedOut();
            }
        }
        return out.toByteArray();
    }

    private Timeout remaining(long deadline) {
        long ms = (deadline - System.nanoTime()) / 1_000_000;
        if (ms <= 0) {
            throw timedOut();
        }
        return Timeout.ofMilliseconds(ms);
    }

    private UpstreamFailed tooLarge() {
        return new UpstreamFailed("UPSTREAM_TOO_LARGE", "The image is larger than " + maxBytes + " bytes.");
    }

    private static UpstreamFailed timedOut() {
        return new UpstreamFailed("UPSTREAM_TIMEOUT", "The image server did not answer in time.");
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private record Hop(String location, Fetched body) {
    }
}
