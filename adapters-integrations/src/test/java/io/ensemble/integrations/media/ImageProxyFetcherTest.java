package io.ensemble.integrations.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.ensemble.media.AddressPolicy;
import io.ensemble.media.HostAllowlist;
import io.ensemble.media.HostResolver;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.shared.errors.ValidationFailed;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SafeImageFetcher} with a resolver the test controls; the only traffic goes to a JDK
 * server on 127.0.0.1. Refused addresses are never contacted (refusal happens before connecting).
 */
class ImageProxyFetcherTest {
    private HttpServer server;
    private int port;

    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", ex -> {
            byte[] body = {1, 2, 3};
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/slow", ex -> {
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS); // held until the test ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/away", ex -> {
            ex.getResponseHeaders().add("Location", "http://other.example:" + port + "/ok");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private static HostResolver fake(Map<String, String[]> names) {
        return host -> {
            String[] ips = names.get(host);
            if (ips == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] out = new InetAddress[ips.length];
            for (int i = 0; i < ips.length; i++) {
                out[i] = InetAddress.getByAddress(host, InetAddress.getByName(ips[i]).getAddress());
            }
            return out;
        };
    }

    private static SafeImageFetcher fetcher(AddressPolicy policy, HostResolver resolver, Duration timeout) {
        return new SafeImageFetcher(policy, resolver, 1024, timeout, 3);
    }

    @Test
    void the_production_policy_refuses_the_loopback_server_that_the_test_policy_allows() {
        URI uri = URI.create("http://127.0.0.1:" + port + "/ok");
        assertThat(fetcher(AddressPolicy.allowingLoopbackPorts(Set.of(port)), HostResolver.system(),
                Duration.ofSeconds(5)).fetch(uri).body()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> fetcher(AddressPolicy.publicOnly(), HostResolver.system(), Duration.ofSeconds(5))
                .fetch(uri)).isInstanceOf(ValidationFailed.class).hasMessageContaining("may not contact");
    }

    @Test
    void a_public_name_resolving_to_a_private_address_is_refused_even_with_one_public_answer() {
        var resolver = fake(Map.of("images.example", new String[] {"10.1.2.3"},
                "mixed.example", new String[] {"93.184.216.34", "10.0.0.1"},
                "meta.example", new String[] {"169.254.169.254"},
                "mapped.example", new String[] {"::ffff:a9fe:a9fe"}));
        var f = fetcher(AddressPolicy.publicOnly(), resolver, Duration.ofSeconds(5));
        for (String host : new String[] {"images.example", "mixed.example", "meta.example", "mapped.example"}) {
            assertThatThrownBy(() -> f.fetch(URI.create("http://" + host + "/a.png"))).as(host)
                    .isInstanceOf(ValidationFailed.class);
        }
    }

    @Test
    void a_loopback_name_is_pinned_to_its_checked_address_and_times_out_within_budget() {
        var resolver = fake(Map.of("cdn.example", new String[] {"127.0.0.1"}));
        var policy = AddressPolicy.allowingLoopbackPorts(Set.of(port));
        assertThat(fetcher(policy, resolver, Duration.ofSeconds(10)).fetch(URI.create("http://cdn.example:" + port + "/ok"))
                .body()).hasSize(3);
        var f = fetcher(policy, resolver, Duration.ofMillis(1_500));
        long start = System.nanoTime();
        assertThatThrownBy(() -> f.fetch(URI.create("http://cdn.example:" + port + "/slow")))
                .isInstanceOfSatisfying(UpstreamFailed.class, e -> assertThat(e.timedOut()).isTrue());
        // the server holds the answer for 30 s: giving up well before proves the time budget applied
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void the_host_allowlist_applies_to_the_first_url_and_every_redirect() {
        var resolver = fake(Map.of("img.cdn.example", new String[] {"127.0.0.1"},
                "other.example", new String[] {"127.0.0.1"}, "evilcdn.example", new String[] {"127.0.0.1"}));
        var f = new SafeImageFetcher(AddressPolicy.allowingLoopbackPorts(Set.of(port)), resolver, 1_000_000,
                Duration.ofSeconds(10), 3, HostAllowlist.of(java.util.List.of(" .CDN.example ")));

        assertThat(f.fetch(URI.create("http://img.cdn.example:" + port + "/ok")).body()).hasSize(3);
        for (String url : new String[] {"http://other.example:" + port + "/ok", "http://evilcdn.example:" + port + "/ok",
                "http://img.cdn.example:" + port + "/away"}) {
            assertThatThrownBy(() -> f.fetch(URI.create(url))).as(url).isInstanceOf(ValidationFailed.class)
                    .hasMessageContaining("allowlist");
        }
    }

    @Test
    void address_policy_refuses_internal_ranges_and_accepts_public_ones() throws Exception {
        AddressPolicy p = AddressPolicy.publicOnly();
        for (String ip : new String[] {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.0.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1",
                "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe"}) {
            assertThat(p.permits(InetAddress.getByName(ip), 80)).as(ip).isFalse();
        }
        for (String ip : new String[] {"93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946"}) {
            assertThat(p.permits(InetAddress.getByName(ip), 443)).as(ip).isTrue();
        }
    }
}
