package io.ensemble.app.realtime;

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
import io.ensemble.app.support.ForgedTokens;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.NodeScript;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.WsClient;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Realtime guarantees of issue 4 §3 end to end, with a 1 s heartbeat: /ws server pings keep a
 * live socket open and drop one that never answers; WebSocket and Socket.IO upgrades from an
 * Origin outside {@code http.corsAllowedOrigins} get 403 with the error body; a bad or expired token gets
 * {@code connect_error} on the stock socket.io-client; seed 000's {@code new_message} reaches
 * {@code user:{receiverId}} once; unread counts are right after a reconnect.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RealtimeGuardsTest {
    private static final int SMTP = FreePort.find();
    private static final Duration QUIET = Duration.ofMillis(500);
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("realtime.pingInterval", "1 second"));

    private Api api;
    private Accounts.Session alice;
    private Accounts.Session bob;
    private String conversationId;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        alice = accounts.verifiedSession("guard-alice");
        bob = accounts.verifiedSession("guard-bob");
        conversationId = api.get("/api/v1/chat/conversations/" + bob.userId(), alice.accessToken())
                .data().path("id").asText();
    }

    @Test
    void ws_server_pings_keep_a_live_socket_and_drop_one_that_never_answers() throws Exception {
        try (WsClient live = WsClient.connected(APP.getLocalPort(), alice.accessToken());
             Socket dead = new Socket("127.0.0.1", APP.getLocalPort())) {
            dead.setSoTimeout(10_000);
            OutputStream out = dead.getOutputStream();
            out.write(("GET /ws?token=" + bob.accessToken() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(new byte[16]) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            DataInputStream in = new DataInputStream(dead.getInputStream());
            assertThat(readHeaders(in)).startsWith("HTTP/1.1 101");
            List<Integer> opcodes = readFramesUntilEof(in); // never answers a ping
            assertThat(opcodes).as("the server pinged the silent socket").contains(0x9);

            Thread.sleep(3000); // three intervals: the live socket answered every ping by itself
            assertThat(live.isOpen()).isTrue();
            assertThat(live.request("join_conversation", Map.of("conversationId", conversationId))
                    .path("success").asBoolean()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ws?token=", "/socket.io/?EIO=4&transport=websocket&token="})
    void ws_and_socket_io_upgrades_from_a_foreign_origin_get_403_and_allowed_origins_upgrade(String path)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("ws://127.0.0.1:" + APP.getLocalPort() + path + alice.accessToken());
        assertThatThrownBy(() -> http.newWebSocketBuilder().header("Origin", "https://evil.example.net")
                .buildAsync(uri, new WebSocket.Listener() { }).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .as("refused before the upgrade").isEqualTo(403));
        WebSocket allowed = http.newWebSocketBuilder().header("Origin", "https://app.example.com")
                .buildAsync(uri, new WebSocket.Listener() { }).join();
        allowed.abort();
        WebSocket noOrigin = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() { }).join();
        noOrigin.abort();

        try (Socket raw = new Socket("127.0.0.1", APP.getLocalPort())) {
            raw.setSoTimeout(10_000);
            OutputStream out = raw.getOutputStream();
            out.write(("GET " + path + alice.accessToken() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Origin: https://evil.example.net\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(new byte[16]) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = raw.getInputStream();
            String head = readHeaders(in);
            assertThat(head).startsWith("HTTP/1.1 403");
            assertThat(head.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/json");
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length: *(\\d+)")
                    .matcher(head);
            assertThat(length.find()).as(head).isTrue();
            JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in.readNBytes(Integer.parseInt(length.group(1))));
            assertThat(body.path("success").asBoolean(true)).as(body.toString()).isFalse();
            assertThat(body.path("code").asText()).isEqualTo("FORBIDDEN");
            assertThat(body.path("error").asText()).isEqualTo("Forbidden");
            assertThat(body.path("message").asText()).isNotBlank();
        }
    }

    @Test
    void the_stock_socket_io_client_from_a_foreign_origin_cannot_connect() {
        String port = Integer.toString(APP.getLocalPort());
        JsonNode foreign = NodeScript.runFile("lifecycle.js", "origin", port, "https://evil.example.net",
                alice.accessToken());
        assertThat(foreign.path("connected").asBoolean()).as(foreign.toPrettyString()).isFalse();
        assertThat(foreign.path("connectError").asText()).as(foreign.toPrettyString()).isNotBlank();
        JsonNode own = NodeScript.runFile("lifecycle.js", "origin", port, "https://app.example.com",
                alice.accessToken());
        assertThat(own.path("connected").asBoolean()).as(own.toPrettyString()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"websocket", "polling"})
    void socket_io_with_a_bad_or_expired_token_gets_connect_error(String transport) throws Exception {
        String port = Integer.toString(APP.getLocalPort());
        JsonNode bad = NodeScript.runFile("lifecycle.js", "badtoken", port, transport, "not-a-token");
        assertThat(bad.path("connected").asBoolean()).as(bad.toPrettyString()).isFalse();
        assertThat(bad.path("connectError").path("data").path("code").asText()).as(bad.toPrettyString())
                .isEqualTo("INVALID_TOKEN");
        assertThat(bad.path("connectError").path("message").asText()).isNotBlank();

        JsonNode expired = NodeScript.runFile("lifecycle.js", "badtoken", port, transport,
                ForgedTokens.expired(alice));
        assertThat(expired.path("connected").asBoolean()).as(expired.toPrettyString()).isFalse();
        assertThat(expired.path("connectError").path("data").path("code").asText()).as(expired.toPrettyString())
                .isIn("TOKEN_EXPIRED", "INVALID_TOKEN");

        JsonNode valid = NodeScript.runFile("lifecycle.js", "badtoken", port, transport, alice.accessToken());
        assertThat(valid.path("connected").asBoolean()).as(valid.toPrettyString()).isTrue();
    }

    @Test
    void new_message_reaches_the_receivers_user_room_once_whether_or_not_it_joined() {
        String path = "/api/v1/chat/conversations/" + conversationId + "/messages";
        try (WsClient bobWs = WsClient.connected(APP.getLocalPort(), bob.accessToken())) {
            String first = api.post(path, Map.of("content", "not joined yet"), alice.accessToken()).data()
                    .path("id").asText();
            JsonNode received = bobWs.await("new_message", f -> f.path("data").path("id").asText().equals(first));
            assertThat(received.path("data").path("content").asText()).isEqualTo("not joined yet");
            assertThat(received.path("data").path("senderId").asText()).isEqualTo(alice.userId());
            assertThat(bobWs.receives("message_sent", f -> true, QUIET)).as("not joined: no room event").isFalse();
            assertThat(bobWs.receives("new_message", f -> true, QUIET)).as("once").isFalse();

            bobWs.request("join_conversation", Map.of("conversationId", conversationId));
            String second = api.post(path, Map.of("content", "joined"), alice.accessToken()).data()
                    .path("id").asText();
            bobWs.await("message_sent", f -> f.path("data").path("id").asText().equals(second));
            bobWs.await("new_message", f -> f.path("data").path("id").asText().equals(second));
            assertThat(bobWs.receives("new_message", f -> true, QUIET)).as("joined: still once").isFalse();
        }
    }

    @Test
    void unread_counts_are_right_after_a_reconnect() {
        String path = "/api/v1/chat/conversations/" + conversationId + "/messages";
        String second;
        try (WsClient bobWs = WsClient.connected(APP.getLocalPort(), bob.accessToken())) {
            bobWs.request("join_conversation", Map.of("conversationId", conversationId));
            api.post(path, Map.of("content", "1"), alice.accessToken());
            second = api.post(path, Map.of("content", "2"), alice.accessToken()).data().path("id").asText();
            bobWs.await("message_sent", f -> f.path("data").path("id").asText().equals(second));
            assertThat(bobWs.request("message_read", Map.of("messageId", second)).path("data")
                    .path("lastReadSeq").asLong()).isEqualTo(2);
        }
        List<String> offline = new ArrayList<>();
        for (String text : List.of("3", "4", "5")) {
            offline.add(api.post(path, Map.of("content", text), alice.accessToken()).data().path("id").asText());
        }
        assertThat(unread(bob)).isEqualTo(3);

        try (WsClient again = WsClient.connected(APP.getLocalPort(), bob.accessToken())) {
            again.request("join_conversation", Map.of("conversationId", conversationId));
            Reply missed = api.get(path + "?afterSeq=2", bob.accessToken());
            assertThat(missed.data().path("items")).extracting(n -> n.path("seq").asLong())
                    .containsExactly(3L, 4L, 5L);
            assertThat(again.request("message_read", Map.of("messageId", offline.get(1))).path("data")
                    .path("lastReadSeq").asLong()).isEqualTo(4);
            assertThat(unread(bob)).isEqualTo(1);
            assertThat(unread(alice)).as("own messages are never unread").isZero();
        }
    }

    private long unread(Accounts.Session who) {
        Reply list = api.get("/api/v1/chat/conversations", who.accessToken());
        for (JsonNode c : list.data().path("items")) {
            if (c.path("id").asText().equals(conversationId)) {
                return c.path("unreadCount").asLong();
            }
        }
        throw new AssertionError("conversation not listed: " + list);
    }

    private static String readHeaders(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** @return the opcodes of the server frames read until the server hung up */
    private static List<Integer> readFramesUntilEof(DataInputStream in) throws Exception {
        List<Integer> opcodes = new ArrayList<>();
        try {
            while (true) {
                int b0 = in.readUnsignedByte();
                int len = in.readUnsignedByte() & 0x7f;
                long length = len == 126 ? in.readUnsignedShort() : len == 127 ? in.readLong() : len;
                in.skipNBytes(length);
                opcodes.add(b0 & 0x0f);
            }
        } catch (EOFException | java.net.SocketException hungUp) {
            return opcodes;
        }
    }
}
