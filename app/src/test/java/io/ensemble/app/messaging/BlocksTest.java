package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.NodeScript;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Blocking (issue 27): {@code POST/GET/DELETE /api/v1/blocks}, and what a block stops in either
 * direction over REST, /ws and the stock socket.io-client — always answered as for an unknown user or
 * a non-member, so the blocked user cannot tell. Unblocking restores everything.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BlocksTest extends ChatRoutesFixture {
    private static final String BLOCKS = "/api/v1/blocks";
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    @Test
    void a_block_is_listed_for_the_blocker_only_and_blocking_again_returns_it() {
        Reply first = block(alice, bob);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data().path("userId").asText()).isEqualTo(bob.userId());
        assertThat(first.data().path("name").asText()).startsWith("Bob ");
        Reply again = block(alice, bob);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.data().path("blockedAt").asText()).isEqualTo(first.data().path("blockedAt").asText());
        assertThat(count("SELECT count(*) FROM user_blocks WHERE blocker_id = ?", UUID.fromString(alice.userId())))
                .isEqualTo(1);

        Reply mine = api.get(BLOCKS, alice.accessToken());
        assertThat(ids(mine)).containsExactly(bob.userId());
        assertThat(ids(api.get(BLOCKS, bob.accessToken()))).isEmpty();
    }

    @Test
    void a_block_stops_messages_both_ways_with_the_answer_a_non_member_gets() {
        String conversation = direct(alice, bob);
        sendText(alice, conversation, "before the block");
        assertThat(block(alice, bob).status()).isEqualTo(201);

        Reply nonMember = send(carol, conversation, Map.of("content", "hi"));
        Reply fromBlocked = send(bob, conversation, Map.of("content", "let me in"));
        Reply fromBlocker = send(alice, conversation, Map.of("content", "bye"));
        assertError(fromBlocked, 404, "NOT_FOUND");
        assertError(fromBlocker, 404, "NOT_FOUND");
        assertThat(fromBlocked.json().path("message")).isEqualTo(nonMember.json().path("message"));
        assertThat(messagesIn(conversation)).isEqualTo(1);

        try (WsClient ws = WsClient.connected(APP.getLocalPort(), bob.accessToken())) {
            JsonNode ack = ws.request("send_message", Map.of("conversationId", conversation, "content", "over ws"));
            assertThat(ack.path("success").asBoolean(true)).isFalse();
            assertThat(ack.path("code").asText()).isEqualTo("NOT_FOUND");
            assertThat(ack.path("message").asText()).isEqualTo(nonMember.json().path("message").asText());
        }
        JsonNode socketIo = NodeScript.runFile("blocks.js", String.valueOf(APP.getLocalPort()), bob.accessToken(),
                conversation, "1");
        assertThat(socketIo.path("send").path("success").asBoolean(true)).as(socketIo.toString()).isFalse();
        assertThat(socketIo.path("send").path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(messagesIn(conversation)).isEqualTo(1);
    }

    @Test
    void no_route_reveals_the_block_every_answer_is_the_unknown_users() {
        assertThat(block(bob, alice).status()).isEqualTo(201);
        String unknown = UUID.randomUUID().toString();

        // a new direct conversation, either way
        Reply open = api.get(CHAT + "/conversations/" + bob.userId(), alice.accessToken());
        Reply openUnknown = api.get(CHAT + "/conversations/" + unknown, alice.accessToken());
        assertError(open, 404, "NOT_FOUND");
        assertThat(open.json().path("message")).isEqualTo(openUnknown.json().path("message"));
        assertError(api.get(CHAT + "/conversations/" + alice.userId(), bob.accessToken()), 404, "NOT_FOUND");
        // a group with the other
        Reply group = api.post(CHAT + "/groups", Map.of("name", "g", "memberIds", List.of(bob.userId())),
                alice.accessToken());
        assertThat(group.status()).as(group.toString()).isEqualTo(400);
        // contacts
        assertThat(contactIds(alice)).doesNotContain(bob.userId()).contains(carol.userId());
        assertThat(contactIds(bob)).doesNotContain(alice.userId()).contains(carol.userId());
        assertThat(contactIds(carol)).contains(alice.userId(), bob.userId());
        // connection requests
        Reply request = api.post("/api/v1/connections/request", Map.of("receiverId", bob.userId()), alice.accessToken());
        Reply requestUnknown = api.post("/api/v1/connections/request", Map.of("receiverId", unknown),
                alice.accessToken());
        assertError(request, 404, "NOT_FOUND");
        assertThat(request.json().path("message")).isEqualTo(requestUnknown.json().path("message"));
        // profile lookups
        Reply profile = api.get("/api/v1/profile/" + bob.userId(), alice.accessToken());
        Reply profileUnknown = api.get("/api/v1/profile/" + unknown, alice.accessToken());
        assertError(profile, 404, "NOT_FOUND");
        assertThat(profile.json().path("message")).isEqualTo(profileUnknown.json().path("message"));
        assertThat(api.get("/api/v1/profile/" + bob.userId(), carol.accessToken()).status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM connection_requests WHERE requester_id = ?",
                UUID.fromString(alice.userId()))).isZero();
    }

    @Test
    void blocked_users_leave_each_others_discovery_in_both_directions() {
        String region = "Region " + UUID.randomUUID().toString().substring(0, 8);
        UUID salon = UUID.randomUUID();
        count("""
                WITH u AS (
                  INSERT INTO users (id, email, name, role, status, email_verified, password_hash, created_at, updated_at)
                  VALUES (?, ?, 'Block Salon', 'SALON', 'ACTIVE', true, 'x', now(), now()) RETURNING id
                ), p AS (
                  INSERT INTO profiles (user_id, role, display_name, business_name, bio, phone, categories, region, city,
                                        onboarding_completed, created_at, updated_at)
                  SELECT id, 'SALON', 'Block Salon', 'Block Salon Ltd', 'Bio', '+14155550199', '{hair}'::text[], ?,
                         'Springfield', true, now(), now() FROM u RETURNING user_id
                ) SELECT count(*) FROM p""", salon, "block-salon-" + salon + "@example.com", region);
        assertThat(discovered(alice, region)).containsExactly(salon.toString());

        assertThat(api.post(BLOCKS, Map.of("userId", salon.toString()), alice.accessToken()).status()).isEqualTo(201);
        assertThat(discovered(alice, region)).isEmpty();
        assertThat(delete(BLOCKS + "/" + salon, alice.accessToken()).status()).isEqualTo(200);
        assertThat(discovered(alice, region)).containsExactly(salon.toString());

        count("WITH b AS (INSERT INTO user_blocks (blocker_id, blocked_id, created_at) VALUES (?, ?, now())"
                + " RETURNING 1) SELECT count(*) FROM b", salon, UUID.fromString(alice.userId()));
        assertThat(discovered(alice, region)).isEmpty();
    }

    @Test
    void unblocking_restores_messages_conversations_and_contacts() {
        String conversation = direct(alice, bob);
        assertThat(block(alice, bob).status()).isEqualTo(201);
        assertError(send(bob, conversation, Map.of("content", "x")), 404, "NOT_FOUND");

        Reply lifted = delete(BLOCKS + "/" + bob.userId(), alice.accessToken());
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(sendText(bob, conversation, "hello again").path("seq").asLong()).isEqualTo(1);
        assertThat(direct(alice, bob)).isEqualTo(conversation);
        assertThat(contactIds(alice)).contains(bob.userId());
        assertThat(ids(api.get(BLOCKS, alice.accessToken()))).isEmpty();
    }

    @Test
    void only_the_blocker_can_lift_a_block_and_routes_need_a_token() {
        assertThat(block(alice, carol).status()).isEqualTo(201);
        assertError(delete(BLOCKS + "/" + carol.userId(), bob.accessToken()), 404, "NOT_FOUND");
        assertError(delete(BLOCKS + "/" + alice.userId(), carol.accessToken()), 404, "NOT_FOUND");
        assertThat(ids(api.get(BLOCKS, alice.accessToken()))).containsExactly(carol.userId());
        assertThat(api.get(BLOCKS).status()).isEqualTo(401);
        assertThat(api.post(BLOCKS, Map.of("userId", bob.userId())).status()).isEqualTo(401);
    }

    @Test
    void bad_input_is_400_or_404_and_writes_nothing() {
        assertField(api.post(BLOCKS, Map.of(), alice.accessToken()), "userId");
        assertField(api.post(BLOCKS, Map.of("userId", "not-a-uuid"), alice.accessToken()), "userId");
        assertField(api.post(BLOCKS, Map.of("userId", alice.userId()), alice.accessToken()), "userId");
        assertError(api.post(BLOCKS, Map.of("userId", UUID.randomUUID().toString()), alice.accessToken()),
                404, "NOT_FOUND");
        assertError(delete(BLOCKS + "/not-a-uuid", alice.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(BLOCKS + "?cursor=bogus", alice.accessToken()), 400, "VALIDATION_FAILED");
        assertThat(count("SELECT count(*) FROM user_blocks WHERE blocker_id = ?", UUID.fromString(alice.userId())))
                .isZero();
    }

    private Reply block(Accounts.Session who, Accounts.Session whom) {
        return api.post(BLOCKS, Map.of("userId", whom.userId()), who.accessToken());
    }

    private List<String> discovered(Accounts.Session who, String region) {
        Reply r = api.get("/api/v1/discovery/salons?region=" + region.replace(" ", "%20"), who.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().path("items").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    /** @return the ids {@code who}'s contacts list among this test's three users (searched by their tag) */
    private List<String> contactIds(Accounts.Session who) {
        String aliceName = api.get("/api/v1/auth/me", alice.accessToken()).data().path("name").asText();
        String tag = aliceName.substring("Alice ".length());
        Reply r = api.get(CHAT + "/contacts?limit=100&search=" + tag, who.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().path("items").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    private static List<String> ids(Reply list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        list.data().path("items").forEach(i -> out.add(i.path("userId").asText()));
        return out;
    }

    private static void assertField(Reply r, String field) {
        assertError(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("details").get(0).path("field").asText()).isEqualTo(field);
    }
}
