package io.ensemble.app.notifications;

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
import io.ensemble.app.support.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End-to-end: the notification routes of seeds/001 §Notifications (issue 5 §4) and their outbox. */
@ExtendWith(DropwizardExtensionsSupport.class)
class NotificationRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new Accounts(api, new Inbox(MAIL));
    }

    private Reply connect(Accounts.Session from, Accounts.Session to) {
        return api.post("/api/v1/connections/request", Map.of("receiverId", to.userId()), from.accessToken());
    }

    private Reply patch(String path, Accounts.Session as) {
        return api.sendRaw("PATCH", path, null, as.accessToken(), Map.of());
    }

    private Reply delete(String path, Accounts.Session as) {
        return api.sendRaw("DELETE", path, null, as.accessToken(), Map.of());
    }

    private long unread(Accounts.Session s) {
        Reply r = api.get("/api/v1/notifications/unread", s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data().path("count").asLong();
    }

    private List<JsonNode> items(Accounts.Session s) {
        Reply r = api.get("/api/v1/notifications", s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.data().path("items").forEach(out::add);
        return out;
    }

    private static UUID uuid(Accounts.Session s) {
        return UUID.fromString(s.userId());
    }

    private static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).as(r.toString()).isFalse();
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank();
    }

    @Test
    void a_connection_request_notifies_the_receiver_and_its_acceptance_notifies_the_requester() {
        var salon = accounts.verifiedSession("salon");
        var influencer = accounts.verifiedSession("influencer");
        String requestId = connect(salon, influencer).data().path("id").asText();

        List<JsonNode> received = items(influencer);
        assertThat(received).hasSize(1);
        JsonNode n = received.get(0);
        assertThat(n.path("type").asText()).isEqualTo("CONNECTION_REQUEST");
        assertThat(n.path("subjectId").asText()).isEqualTo(requestId);
        assertThat(n.path("actorId").asText()).isEqualTo(salon.userId());
        assertThat(n.path("isRead").asBoolean(true)).isFalse();
        assertThat(n.path("title").asText()).isNotBlank();
        assertThat(n.path("message").asText()).contains("Test User");
        assertThat(unread(influencer)).isEqualTo(1);
        assertThat(unread(salon)).isZero();

        patch("/api/v1/connections/requests/" + requestId + "/accept", influencer);

        List<JsonNode> forSalon = items(salon);
        assertThat(forSalon).hasSize(1);
        assertThat(forSalon.get(0).path("type").asText()).isEqualTo("CONNECTION_ACCEPTED");
        assertThat(forSalon.get(0).path("actorId").asText()).isEqualTo(influencer.userId());
        assertThat(unread(salon)).isEqualTo(1);
    }

    @Test
    void every_notification_has_a_notification_received_outbox_event_for_live_delivery() {
        var a = accounts.verifiedSession("a");
        var b = accounts.verifiedSession("b");
        connect(a, b);
        String notificationId = items(b).get(0).path("id").asText();

        assertThat(Sql.count("SELECT count(*) FROM outbox WHERE recipient_id = ? AND type = 'notification_received'"
                + " AND payload->>'notificationId' = ?", uuid(b), notificationId))
                .isEqualTo(1);
    }

    @Test
    void notifications_list_newest_first_and_mark_read_lowers_the_unread_count_idempotently() {
        var me = accounts.verifiedSession("me");
        var first = accounts.verifiedSession("first");
        var second = accounts.verifiedSession("second");
        connect(first, me);
        connect(second, me);

        List<JsonNode> list = items(me);
        assertThat(list).extracting(n -> n.path("actorId").asText()).containsExactly(second.userId(), first.userId());
        String newest = list.get(0).path("id").asText();

        Reply read = patch("/api/v1/notifications/" + newest + "/read", me);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(unread(me)).isEqualTo(1);
        assertThat(patch("/api/v1/notifications/" + newest + "/read", me).status()).isEqualTo(200);
        assertThat(unread(me)).isEqualTo(1);
        JsonNode after = items(me).get(0);
        assertThat(after.path("isRead").asBoolean()).isTrue();
        assertThat(after.path("readAt").asText()).isNotBlank();
    }

    @Test
    void read_all_marks_every_unread_notification_of_the_caller_only() {
        var me = accounts.verifiedSession("me");
        var other = accounts.verifiedSession("other");
        connect(other, me);
        connect(accounts.verifiedSession("third"), me);
        connect(me, accounts.verifiedSession("fourth"));
        var fifth = accounts.verifiedSession("fifth");
        connect(me, fifth);

        Reply all = patch("/api/v1/notifications/read-all", me);

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.data().path("updated").asInt()).isEqualTo(2);
        assertThat(unread(me)).isZero();
        assertThat(unread(fifth)).isEqualTo(1);
        assertThat(patch("/api/v1/notifications/read-all", me).data().path("updated").asInt()).isZero();
    }

    @Test
    void delete_removes_the_notification() {
        var me = accounts.verifiedSession("me");
        connect(accounts.verifiedSession("other"), me);
        String id = items(me).get(0).path("id").asText();

        Reply deleted = delete("/api/v1/notifications/" + id, me);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(items(me)).isEmpty();
        assertThat(unread(me)).isZero();
        assertError(delete("/api/v1/notifications/" + id, me), 404, "NOT_FOUND");
    }

    @Test
    void another_users_notification_is_404_for_read_and_delete_and_stays_unchanged() {
        var owner = accounts.verifiedSession("owner");
        var intruder = accounts.verifiedSession("intruder");
        connect(accounts.verifiedSession("sender"), owner);
        String id = items(owner).get(0).path("id").asText();

        assertError(patch("/api/v1/notifications/" + id + "/read", intruder), 404, "NOT_FOUND");
        assertError(delete("/api/v1/notifications/" + id, intruder), 404, "NOT_FOUND");
        patch("/api/v1/notifications/read-all", intruder);

        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE id = ? AND read_at IS NULL",
                UUID.fromString(id))).isEqualTo(1);
        assertThat(items(intruder)).isEmpty();
    }

    @Test
    void ids_that_are_not_uuids_or_unknown_are_404_in_the_error_shape() {
        var me = accounts.verifiedSession("me");
        for (String id : new String[] {"abc", "123", UUID.randomUUID().toString(), "not-a-uuid-at-all"}) {
            assertError(patch("/api/v1/notifications/" + id + "/read", me), 404, "NOT_FOUND");
            assertError(delete("/api/v1/notifications/" + id, me), 404, "NOT_FOUND");
        }
        assertError(delete("/api/v1/notifications/read-all", me), 404, "NOT_FOUND");
    }

    @Test
    void every_route_requires_a_bearer_token() {
        String id = UUID.randomUUID().toString();
        assertError(api.get("/api/v1/notifications"), 401, "UNAUTHENTICATED");
        assertError(api.get("/api/v1/notifications/unread"), 401, "UNAUTHENTICATED");
        assertError(api.sendRaw("PATCH", "/api/v1/notifications/" + id + "/read", null, null, Map.of()),
                401, "UNAUTHENTICATED");
        assertError(api.sendRaw("PATCH", "/api/v1/notifications/read-all", null, null, Map.of()),
                401, "UNAUTHENTICATED");
        assertError(api.sendRaw("DELETE", "/api/v1/notifications/" + id, null, null, Map.of()),
                401, "UNAUTHENTICATED");
    }

    @Test
    void list_pages_with_cursors_clamps_huge_limits_to_100_and_refuses_bad_parameters() {
        var me = accounts.verifiedSession("busy");
        Sql.execute("""
                INSERT INTO notifications (id, user_id, type, title, body, created_at)
                SELECT gen_random_uuid(), ?, 'CONNECTION_REQUEST', 't', 'b', now() - (g % 9) * interval '1 second'
                  FROM generate_series(1, 150) g
                """, uuid(me));

        Reply huge = api.get("/api/v1/notifications?limit=100000", me.accessToken());
        assertThat(huge.status()).as(huge.toString()).isEqualTo(200);
        assertThat(huge.data().path("items")).hasSize(100);
        String cursor = huge.data().path("nextCursor").asText();
        Reply rest = api.get("/api/v1/notifications?limit=100&cursor=" + cursor, me.accessToken());
        assertThat(rest.data().path("items")).hasSize(50);
        assertThat(rest.data().path("nextCursor").isNull()).isTrue();
        List<String> seen = new ArrayList<>();
        huge.data().path("items").forEach(n -> seen.add(n.path("id").asText()));
        rest.data().path("items").forEach(n -> seen.add(n.path("id").asText()));
        assertThat(seen).hasSize(150).doesNotHaveDuplicates();

        assertError(api.get("/api/v1/notifications?limit=ten", me.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get("/api/v1/notifications?cursor=!!!", me.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get("/api/v1/notifications?cursor=bm9wZQ", me.accessToken()), 400, "VALIDATION_FAILED");
    }

    @Test
    void when_the_transaction_fails_neither_the_request_nor_its_notification_is_stored() {
        var a = accounts.verifiedSession("a");
        var victim = accounts.verifiedSession("victim");
        String constraint = "test_fail_" + victim.userId().replace("-", "").substring(0, 12);
        // the outbox insert (the last write of the transaction) fails for this one recipient only
        Sql.execute("ALTER TABLE outbox ADD CONSTRAINT " + constraint + " CHECK (recipient_id <> '"
                + victim.userId() + "'::uuid) NOT VALID");
        try {
            Reply r = connect(a, victim);
            assertThat(r.status()).as(r.toString()).isEqualTo(500);
            assertThat(r.code()).isEqualTo("INTERNAL");
        } finally {
            Sql.execute("ALTER TABLE outbox DROP CONSTRAINT " + constraint);
        }
        assertThat(Sql.count("SELECT count(*) FROM connection_requests WHERE receiver_id = ?", uuid(victim))).isZero();
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ?", uuid(victim))).isZero();
        assertThat(Sql.count("SELECT count(*) FROM outbox WHERE recipient_id = ?", uuid(victim))).isZero();

        assertThat(connect(a, victim).status()).as("works again once the failure is gone").isEqualTo(201);
        assertThat(unread(victim)).isEqualTo(1);
    }
}
