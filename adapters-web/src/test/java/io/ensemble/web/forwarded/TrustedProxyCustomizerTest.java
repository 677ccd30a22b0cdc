package io.ensemble.web.forwarded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The customizer on a real Jetty connector: what the request carries (remote address, scheme,
 * secure flag, the absolute request URL) with and without a trusted peer. Requests come from
 * 127.0.0.1.
 */
class TrustedProxyCustomizerTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private Server server;

    private final java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();

    private int start(String trusted) throws Exception {
        server = new Server();
        server.setRequestLog((request, response) -> logged.add(Request.getRemoteAddr(request) + " "
                + request.getHttpURI().getScheme()));
        HttpConfiguration config = new HttpConfiguration();
        config.addCustomizer(new TrustedProxyCustomizer(TrustedProxies.parse(trusted)));
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                String body = Request.getRemoteAddr(request) + " " + request.getHttpURI().getScheme() + " "
                        + request.isSecure() + " " + request.getHttpURI().asString();
                Content.Sink.write(response, true, body, callback);
                return true;
            }
        });
        server.start();
        return connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private String get(int port, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/p?q=1"));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    @Test
    void a_trusted_peer_sets_client_scheme_and_host() throws Exception {
        int port = start("127.0.0.1");
        assertThat(get(port, "X-Forwarded-For", "1.2.3.4, 203.0.113.9", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "api.example.com"))
                .isEqualTo("203.0.113.9 https true https://api.example.com/p?q=1");
        org.awaitility.Awaitility.await("a request log line").atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(20)).until(() -> !logged.isEmpty());
        assertThat(logged.get(0)).as("the request log sees the client").isEqualTo("203.0.113.9 https");
        assertThat(get(port, "Forwarded", "for=\"[2001:db8::7]:4711\";proto=https;host=\"api.example.com:8443\""))
                .as("Jetty writes IPv6 remote addresses in brackets").isEqualTo("[2001:db8:0:0:0:0:0:7] https true https://api.example.com:8443/p?q=1");
        assertThat(get(port)).isEqualTo("127.0.0.1 http false http://127.0.0.1:" + port + "/p?q=1");
    }

    @Test
    void headers_from_an_untrusted_peer_are_ignored() throws Exception {
        int port = start("10.0.0.0/8");
        assertThat(get(port, "X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https",
                "Forwarded", "for=198.51.100.1;proto=https;host=evil.example"))
                .isEqualTo("127.0.0.1 http false http://127.0.0.1:" + port + "/p?q=1");
    }
}
