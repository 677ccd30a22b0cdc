package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.NodeScript;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 28 §Interop: a WebSocket upgrade whose {@code Origin} is the server's own (scheme, host and
 * port of the request; behind a trusted proxy the forwarded ones) is not cross-site and is accepted
 * on {@code /ws} and {@code /socket.io/}, as native clients (python-socketio's websocket-client, the
 * iOS Swift client) send it; other origins outside {@code CORS_ALLOWED_ORIGINS} stay refused. Driven
 * by the JDK WebSocket client with that header and by the stock npm socket.io-client sending it, over
 * websocket, polling and the polling-to-websocket upgrade. (python-socketio 5.7 is in Debian as
 * python3-socketio but not installed by the build, so the test uses these clients sending the same
 * header instead.)
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SameOriginUpgradeTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("http.trustedProxies", "127.0.0.1"));

    private Accounts.Session alice;

    @BeforeEach
    void setUp() {
        alice = new Accounts(new Api(APP.getLocalPort()), new Inbox(MAIL)).verifiedSession("same-origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ws?token=", "/socket.io/?EIO=4&transport=websocket&token="})
    void an_upgrade_from_the_servers_own_origin_is_accepted(String path) {
        int port = APP.getLocalPort();
        URI uri = URI.create("ws://127.0.0.1:" + port + path + alice.accessToken());
        WebSocket own = upgrade(uri, Map.of("Origin", "http://127.0.0.1:" + port));
        own.abort();
        WebSocket upperCase = upgrade(uri, Map.of("Origin", "HTTP://127.0.0.1:" + port));
        upperCase.abort();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ws?token=", "/socket.io/?EIO=4&transport=websocket&token="})
    void other_origins_stay_refused(String path) {
        int port = APP.getLocalPort();
        URI uri = URI.create("ws://127.0.0.1:" + port + path + alice.accessToken());
        for (String origin : new String[] {"http://127.0.0.1:" + (port + 1), "https://127.0.0.1:" + port,
                "http://localhost:" + port, "http://127.0.0.1", "http://127.0.0.1:" + port + "/path", "null",
                "https://evil.example.net"}) {
            assertRefused(uri, Map.of("Origin", origin));
        }
        assertRefused(uri, Map.of("Origin", "http://127.0.0.1:" + port, "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "chat.example.com"));
    }

    @Test
    void behind_a_trusted_proxy_the_forwarded_origin_is_the_servers_own() {
        URI uri = URI.create("ws://127.0.0.1:" + APP.getLocalPort() + "/ws?token=" + alice.accessToken());
        WebSocket forwarded = upgrade(uri, Map.of("Origin", "https://chat.example.com",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "chat.example.com"));
        forwarded.abort();
    }

    @ParameterizedTest
    @ValueSource(strings = {"websocket", "polling", "upgrade"})
    void the_stock_socket_io_client_sending_its_own_origin_connects(String mode) {
        String port = Integer.toString(APP.getLocalPort());
        JsonNode run = NodeScript.runFile("lifecycle.js", "origin", port, "http://127.0.0.1:" + port,
                alice.accessToken(), mode);
        assertThat(run.path("connected").asBoolean()).as(run.toPrettyString()).isTrue();
        assertThat(run.path("upgradeError").isMissingNode()).as(run.toPrettyString()).isTrue();
        assertThat(run.path("transport").asText()).as(run.toPrettyString())
                .isEqualTo(mode.equals("polling") ? "polling" : "websocket");
    }

    private static WebSocket upgrade(URI uri, Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        return builder.buildAsync(uri, new WebSocket.Listener() { }).join();
    }

    private static void assertRefused(URI uri, Map<String, String> headers) {
        assertThatThrownBy(() -> upgrade(uri, headers)).as(headers.toString())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .as(headers.toString()).isEqualTo(403));
    }
}
