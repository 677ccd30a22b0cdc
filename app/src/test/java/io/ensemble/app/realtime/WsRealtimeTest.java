package io.ensemble.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /ws} end to end with the JDK WebSocket client (issue 4 §3, README §Realtime): auth, join,
 * send with ack after commit, fan-out, typing, read receipts, presence, refusals and bad frames,
 * and catch-up over REST {@code afterSeq} after a reconnect.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WsRealtimeTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final Duration QUIET = Duration.ofMillis(400);

    private Api api;
    private Accounts.Session alice;
    private Accounts.Session bob;
    private String conversationId;
    private WsClient aliceWs;
    private WsClient bobWs;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        alice = accounts.verifiedSession("ws-alice");
        bob = accounts.verifiedSession("ws-bob");
        Reply direct = api.get("/api/v1/chat/conversations/" + bob.userId(), alice.accessToken());
        assertThat(direct.status()).as(direct.toString()).isEqualTo(200);
        conversationId = direct.data().path("id").asText();
    }

    @AfterEach
    void closeSockets() {
        for (WsClient c : new WsClient[] {aliceWs, bobWs}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private void bothJoined() {
        aliceWs = WsClient.connected(APP.getLocalPort(), alice.accessToken());
        bobWs = WsClient.connected(APP.getLocalPort(), bob.accessToken());
        assertThat(aliceWs.request("join_conversation", Map.of("conversationId", conversationId))
                .path("success").asBoolean()).isTrue();
        assertThat(bobWs.request("join_conversation", Map.of("conversationId", conversationId))
                .path("success").asBoolean()).isTrue();
    }

    @Test
    void send_is_acked_with_the_stored_message_and_reaches_the_other_member() {
        bothJoined();
        JsonNode ack = aliceWs.request("send_message",
                Map.of("conversationId", conversationId, "content", "hello bob", "clientMessageId", "c-1"));
        assertThat(ack.path("success").asBoolean()).as(ack.toString()).isTrue();
        JsonNode stored = ack.path("data");
        assertThat(stored.path("seq").asLong()).isEqualTo(1);
        assertThat(stored.path("content").asText()).isEqualTo("hello bob");
        assertThat(stored.path("senderId").asText()).isEqualTo(alice.userId());
        String id = stored.path("id").asText();

        JsonNode sent = bobWs.await("message_sent", f -> f.path("data").path("id").asText().equals(id));
        assertThat(sent.path("data").path("content").asText()).isEqualTo("hello bob");
        JsonNode fresh = bobWs.await("new_message", f -> f.path("data").path("id").asText().equals(id));
        aliceWs.await("message_sent", f -> f.path("data").path("id").asText().equals(id));

        Reply listed = api.get("/api/v1/chat/conversations/" + conversationId + "/messages", bob.accessToken());
        assertThat(listed.data().path("items")).hasSize(1);
        // the fan-out encodes the message once for every socket: the same JSON as REST and the ack
        assertThat(sent.path("data")).isEqualTo(listed.data().path("items").get(0)).isEqualTo(stored);
        assertThat(fresh.path("data")).isEqualTo(sent.path("data"));
    }

    @Test
    void a_retried_send_with_the_same_client_message_id_is_stored_once() {
        bothJoined();
        Map<String, String> body = Map.of("conversationId", conversationId, "content", "once", "clientMessageId", "r-1");
        String first = aliceWs.request("send_message", body).path("data").path("id").asText();
        JsonNode retry = aliceWs.request("send_message", body);
        assertThat(retry.path("data").path("id").asText()).isEqualTo(first);
        Reply listed = api.get("/api/v1/chat/conversations/" + conversationId + "/messages", bob.accessToken());
        assertThat(listed.data().path("items")).hasSize(1);
    }

    @Test
    void seed_000_send_by_receiver_id_joins_the_direct_conversation() {
        aliceWs = WsClient.connected(APP.getLocalPort(), alice.accessToken());
        aliceWs.send("send_message", Map.of("receiverId", bob.userId(), "text", "hi from seed 000"));
        JsonNode sent = aliceWs.await("message_sent", f -> true);
        assertThat(sent.path("data").path("conversationId").asText()).isEqualTo(conversationId);
        assertThat(sent.path("data").path("content").asText()).isEqualTo("hi from seed 000");
    }

    @Test
    void typing_reaches_the_other_member_only_and_a_flood_is_rate_limited() {
        bothJoined();
        aliceWs.send("typing_start", Map.of("conversationId", conversationId));
        JsonNode typing = bobWs.await("user_typing", f -> true);
        assertThat(typing.path("data").path("userId").asText()).isEqualTo(alice.userId());
        assertThat(typing.path("data").path("conversationId").asText()).isEqualTo(conversationId);
        aliceWs.send("typing_stop", Map.of("conversationId", conversationId));
        bobWs.await("user_stopped_typing", f -> f.path("data").path("userId").asText().equals(alice.userId()));
        assertThat(aliceWs.receives("user_typing", f -> true, QUIET)).isFalse();

        for (int i = 0; i < 20; i++) {
            aliceWs.send("typing", Map.of("conversationId", conversationId, "isTyping", true));
        }
        aliceWs.await("error", f -> f.path("data").path("code").asText().equals("RATE_LIMITED"));
    }

    @Test
    void a_non_member_cannot_join_and_receives_nothing() {
        bothJoined();
        Accounts.Session carol = new Accounts(api, new Inbox(MAIL)).verifiedSession("ws-carol");
        try (WsClient carolWs = WsClient.connected(APP.getLocalPort(), carol.accessToken())) {
            JsonNode refused = carolWs.request("join_conversation", Map.of("conversationId", conversationId));
            assertThat(refused.path("success").asBoolean()).isFalse();
            assertThat(refused.path("code").asText()).isEqualTo("NOT_FOUND");
            carolWs.await("error", f -> f.path("data").path("event").asText().equals("join_conversation"));
            JsonNode send = carolWs.request("send_message", Map.of("conversationId", conversationId, "content", "x"));
            assertThat(send.path("code").asText()).isEqualTo("NOT_FOUND");

            aliceWs.request("send_message", Map.of("conversationId", conversationId, "content", "private"));
            bobWs.await("message_sent", f -> true);
            assertThat(carolWs.receives("message_sent", f -> true, QUIET)).isFalse();
        }
    }

    @Test
    void bad_frames_and_unknown_events_get_an_error_and_the_socket_stays_open() {
        aliceWs = WsClient.connected(APP.getLocalPort(), alice.accessToken());
        aliceWs.sendRaw("not json at all");
        aliceWs.await("error", f -> f.path("data").path("code").asText().equals("BAD_FRAME"));
        aliceWs.sendRaw("[1,2,3]");
        aliceWs.await("error", f -> f.path("data").path("code").asText().equals("BAD_FRAME"));
        aliceWs.send("launch_rockets", Map.of());
        aliceWs.await("error", f -> f.path("data").path("code").asText().equals("UNKNOWN_EVENT"));
        aliceWs.send("join_conversation", "not an object");
        aliceWs.await("error", f -> f.path("data").path("code").asText().equals("VALIDATION_FAILED"));
        JsonNode joined = aliceWs.request("join_conversation", Map.of("conversationId", conversationId));
        assertThat(joined.path("success").asBoolean()).isTrue();
        assertThat(aliceWs.isOpen()).isTrue();
    }

    @Test
    void authenticates_with_a_first_auth_frame_and_refuses_a_bad_token() throws Exception {
        try (WsClient ws = WsClient.connect(APP.getLocalPort(), null)) {
            ws.send("join_conversation", Map.of("conversationId", conversationId));
            ws.await("error", f -> f.path("data").path("code").asText().equals("UNAUTHENTICATED"));
            ws.send("auth", Map.of("token", alice.accessToken()));
            assertThat(ws.await("connected", f -> true).path("data").path("userId").asText()).isEqualTo(alice.userId());
            assertThat(ws.request("join_conversation", Map.of("conversationId", conversationId))
                    .path("success").asBoolean()).isTrue();
        }
        try (WsClient bad = WsClient.connect(APP.getLocalPort(), "not-a-token")) {
            bad.await("error", f -> f.path("data").path("event").asText().equals("auth"));
            assertThat(bad.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void read_receipts_and_presence_reach_the_partner() {
        bobWs = WsClient.connected(APP.getLocalPort(), bob.accessToken());
        bobWs.request("join_conversation", Map.of("conversationId", conversationId));
        aliceWs = WsClient.connected(APP.getLocalPort(), alice.accessToken());
        bobWs.await("user_online", f -> f.path("data").path("userId").asText().equals(alice.userId()));

        JsonNode sent = bobWs.request("send_message", Map.of("conversationId", conversationId, "content", "read me"));
        String messageId = sent.path("data").path("id").asText();
        JsonNode read = aliceWs.request("message_read", Map.of("messageId", messageId));
        assertThat(read.path("data").path("lastReadSeq").asLong()).isEqualTo(1);
        JsonNode receipt = bobWs.await("message_read", f -> true);
        assertThat(receipt.path("data").path("userId").asText()).isEqualTo(alice.userId());
        assertThat(receipt.path("data").path("unreadCount").asLong()).isZero();

        aliceWs.close();
        JsonNode offline = bobWs.await("user_offline", f -> f.path("data").path("userId").asText().equals(alice.userId()));
        Instant lastSeen = Instant.parse(offline.path("data").path("at").asText()).truncatedTo(ChronoUnit.MICROS);
        assertThat(contact(alice.userId()).path("lastSeenAt").asText()).isNotEmpty()
                .satisfies(at -> assertThat(Instant.parse(at)).isEqualTo(lastSeen));
    }

    /** Walks bob's contact pages (oldest account first) to the entry of {@code userId}. */
    private JsonNode contact(String userId) {
        String cursor = "";
        for (int page = 0; page < 100; page++) {
            Reply r = api.get("/api/v1/chat/contacts?limit=100" + cursor, bob.accessToken());
            for (JsonNode c : r.data().path("items")) {
                if (c.path("id").asText().equals(userId)) {
                    return c;
                }
            }
            String next = r.data().path("nextCursor").asText("");
            if (r.data().path("nextCursor").isNull() || next.isEmpty()) {
                break;
            }
            cursor = "&cursor=" + next;
        }
        throw new AssertionError("contact " + userId + " not listed");
    }

    @Test
    void a_reconnecting_client_catches_up_by_seq_without_gap_or_duplicate() throws Exception {
        bothJoined();
        aliceWs.request("send_message", Map.of("conversationId", conversationId, "content", "m1"));
        long lastSeen = bobWs.await("message_sent", f -> true).path("data").path("seq").asLong();
        bobWs.close();
        bobWs.awaitClose();
        for (String text : new String[] {"m2", "m3"}) {
            aliceWs.request("send_message", Map.of("conversationId", conversationId, "content", text,
                    "clientMessageId", UUID.randomUUID().toString()));
        }
        bobWs = WsClient.connected(APP.getLocalPort(), bob.accessToken());
        bobWs.request("join_conversation", Map.of("conversationId", conversationId));
        Reply missed = api.get("/api/v1/chat/conversations/" + conversationId + "/messages?afterSeq=" + lastSeen,
                bob.accessToken());
        assertThat(missed.data().path("items").findValuesAsText("content")).containsExactly("m2", "m3");
        assertThat(missed.data().path("items").findValues("seq").stream().map(JsonNode::asLong))
                .containsExactly(2L, 3L);
        aliceWs.request("send_message", Map.of("conversationId", conversationId, "content", "m4"));
        assertThat(bobWs.await("message_sent", f -> true).path("data").path("seq").asLong()).isEqualTo(4);
    }
}
