package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 28, {@code /socket.io/} as an outside probe sees it, over raw HTTP: malformed Engine.IO
 * handshakes get a 4xx JSON error body (no HTML, no Java class names); a long-polling POST body is
 * capped like REST bodies ({@code http.maxBodyBytes}, 413 from {@code Content-Length} before any
 * byte of the body is sent, and counted for chunked bodies); a session that has not authenticated
 * gets no body parsed but its CONNECT packet.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SocketIoHandshakeProbeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    /** One raw answer: status, head (lower-cased) and body text. */
    private record Answer(int status, String head, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "GET  | /socket.io/",
        "GET  | /socket.io/?transport=polling",
        "GET  | /socket.io/?EIO=3&transport=polling",
        "GET  | /socket.io/?EIO=abc&transport=polling",
        "GET  | /socket.io/?EIO=4",
        "GET  | /socket.io/?EIO=4&transport=carrier-pigeon",
        "GET  | /socket.io/?EIO=4&transport=websocket",
        "GET  | /socket.io/?EIO=4&transport=polling&sid=no-such-session",
        "GET  | /socket.io/?EIO=4&transport=polling&%zz=%%%",
        "GET  | /socket.io/?EIO=4&transport=polling&sid=%E0%A4%A",
        "POST | /socket.io/?EIO=4&transport=polling",
        "POST | /socket.io/?EIO=4&transport=polling&sid=no-such-session",
        "PUT  | /socket.io/?EIO=4&transport=polling",
    })
    void malformed_handshakes_get_a_4xx_json_error_without_internals(String method, String path) throws Exception {
        Answer answer = exchange(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + (method.equals("GET") ? "" : "Content-Type: text/plain;charset=UTF-8\r\nContent-Length: 2\r\n")
                + "\r\n" + (method.equals("GET") ? "" : "40"));
        assertErrorBody(answer, 400, 499);
    }

    @Test
    void a_websocket_upgrade_with_an_unknown_sid_or_bad_eio_gets_400_json() throws Exception {
        for (String query : new String[] {"EIO=4&transport=websocket&sid=no-such-session",
                "EIO=9&transport=websocket", "transport=websocket"}) {
            Answer answer = exchange("GET /socket.io/?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(new byte[16]) + "\r\n\r\n");
            assertThat(answer.status()).as(query + "\n" + answer).isEqualTo(400);
            assertErrorBody(answer, 400, 400);
        }
    }

    @Test
    void a_30_mb_polling_body_is_refused_with_413_before_it_is_sent() throws Exception {
        String sid = handshake();
        for (boolean authenticated : new boolean[] {false, true}) {
            if (authenticated) {
                authenticate(sid);
            }
            try (Socket socket = connect()) {
                write(socket, "POST /socket.io/?EIO=4&transport=polling&sid=" + sid + " HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\nContent-Type: text/plain;charset=UTF-8\r\n"
                        + "Content-Length: " + 30L * 1024 * 1024 + "\r\nExpect: 100-continue\r\n\r\n");
                Answer answer = read(socket.getInputStream());
                assertThat(answer.status()).as("answered without asking for the body (no 100 Continue)\n%s", answer)
                        .isEqualTo(413);
                assertErrorBody(answer, 413, 413);
                assertThat(answer.json().path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
            }
        }
    }

    @Test
    void a_chunked_polling_body_over_the_limit_is_counted_and_refused_with_413() throws Exception {
        String sid = handshake();
        authenticate(sid);
        try (Socket socket = connect()) {
            write(socket, "POST /socket.io/?EIO=4&transport=polling&sid=" + sid + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Type: text/plain;charset=UTF-8\r\nTransfer-Encoding: chunked\r\n\r\n");
            byte[] chunk = "4".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    for (int i = 0; i < 24; i++) { // 1.5 MiB, over the 1 MiB of http.maxBodyBytes
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByServer) {
                    // the server answered and closed before the whole body was sent
                }
            });
            Answer answer = read(socket.getInputStream());
            assertErrorBody(answer, 413, 413);
            sender.join();
        }
    }

    @Test
    void an_unauthenticated_session_gets_no_body_parsed_but_its_connect() throws Exception {
        String sid = handshake();
        Answer event = post(sid, "42[\"send_message\",{\"conversationId\":\"x\",\"content\":\"hi\"}]");
        assertErrorBody(event, 401, 401);
        assertThat(event.json().path("code").asText()).isEqualTo("UNAUTHENTICATED");

        Answer big = post(sid, "40{\"token\":\"" + "a".repeat(20_000) + "\"}");
        assertErrorBody(big, 413, 413);

        Answer badToken = post(sid, "40{\"token\":\"not-a-token\"}");
        assertThat(badToken.status()).as("a bad token gets connect_error over the long-poll").isEqualTo(200);
        assertThat(post(sid, "42[\"typing\",{}]").status()).as("still unauthenticated").isEqualTo(401);

        authenticate(sid);
        assertThat(post(sid, "42[\"typing\",{}]").status()).as("authenticated: bodies reach Engine.IO")
                .isEqualTo(200);
    }

    private void authenticate(String sid) throws Exception {
        Accounts.Session user = new Accounts(new Api(APP.getLocalPort()), new Inbox(MAIL)).verifiedSession("probe");
        Answer connect = post(sid, "40{\"token\":\"" + user.accessToken() + "\"}");
        assertThat(connect.status()).as(connect.toString()).isEqualTo(200);
        assertThat(connect.body()).isEqualTo("ok");
    }

    private String handshake() throws Exception {
        Answer open = exchange("GET /socket.io/?EIO=4&transport=polling HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        Matcher sid = Pattern.compile("\"sid\": *\"([^\"]+)\"").matcher(open.body());
        assertThat(sid.find()).as(open.body()).isTrue();
        return sid.group(1);
    }

    private Answer post(String sid, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange("POST /socket.io/?EIO=4&transport=polling&sid=" + sid + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\nContent-Type: text/plain;charset=UTF-8\r\nContent-Length: " + bytes.length
                + "\r\n\r\n" + body);
    }

    private static void assertErrorBody(Answer answer, int minStatus, int maxStatus) throws IOException {
        assertThat(answer.status()).as(answer.toString()).isBetween(minStatus, maxStatus);
        assertThat(answer.head()).as(answer.toString()).contains("content-type: application/json");
        assertThat(answer.body()).as(answer.toString()).doesNotContainIgnoringCase("<html")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("\tat ");
        JsonNode body = answer.json();
        assertThat(body.path("success").asBoolean(true)).as(answer.toString()).isFalse();
        assertThat(body.path("code").asText()).as(answer.toString()).matches("[A-Z_]+");
        assertThat(body.path("error").asText()).as(answer.toString()).isNotBlank();
        assertThat(body.path("message").asText()).as(answer.toString()).isNotBlank();
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", APP.getLocalPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    private static Answer exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            write(socket, request);
            return read(socket.getInputStream());
        }
    }

    /** Reads one response: its head, then a Content-Length or chunked body. */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int status = Integer.parseInt(text.split(" ")[1]);
        Matcher length = Pattern.compile("(?m)^content-length: *(\\d+)").matcher(text);
        byte[] body;
        if (length.find()) {
            body = in.readNBytes(Integer.parseInt(length.group(1)));
        } else if (text.contains("transfer-encoding: chunked")) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size; (size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) > 0; ) {
                all.write(in.readNBytes(size));
                line(in);
            }
            body = all.toByteArray();
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, text, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) != '\n' && c >= 0; ) {
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
