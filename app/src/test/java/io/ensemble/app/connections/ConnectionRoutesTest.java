package io.ensemble.app.connections;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End-to-end: the connection routes of seeds/001 §Connections (issue 5 §3). */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConnectionRoutesTest {
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

    private Reply request(Accounts.Session from, String receiverId, String message) {
        Map<String, Object> body = new HashMap<>();
        body.put("receiverId", receiverId);
        if (message != null) {
            body.put("message", message);
        }
        return api.post("/api/v1/connections/request", body, from.accessToken());
    }

    private Reply patch(String path, Accounts.Session as) {
        return api.sendRaw("PATCH", path, null, as.accessToken(), Map.of());
    }

    private static long requestsBetween(Accounts.Session a, Accounts.Session b) {
        return Sql.count("SELECT count(*) FROM connection_requests WHERE (requester_id = ? AND receiver_id = ?)"
                + " OR (requester_id = ? AND receiver_id = ?)", uuid(a), uuid(b), uuid(b), uuid(a));
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

    private static List<String> ids(Reply list, String field) {
        List<String> out = new ArrayList<>();
        list.data().path("items").forEach(i -> out.add(i.path(field).asText()));
        return out;
    }

    @Test
    void salon_requests_influencer_who_sees_it_accepts_and_both_list_the_connection() {
        var salon = accounts.verifiedSession("salon");
        var influencer = accounts.verifiedSession("influencer");

        Reply sent = request(salon, influencer.userId(), "  Loved your last post  ");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().path("success").asBoolean()).isTrue();
        JsonNode created = sent.data();
        String requestId = created.path("id").asText();
        assertThat(created.path("status").asText()).isEqualTo("PENDING");
        assertThat(created.path("message").asText()).isEqualTo("Loved your last post");
        assertThat(created.path("requesterId").asText()).isEqualTo(salon.userId());
        assertThat(created.path("user").path("id").asText()).isEqualTo(influencer.userId());

        Reply outbox = api.get("/api/v1/connections/requests/sent", salon.accessToken());
        assertThat(outbox.status()).isEqualTo(200);
        assertThat(ids(outbox, "id")).containsExactly(requestId);
        assertThat(outbox.data().path("nextCursor").isNull()).isTrue();

        Reply inbox = api.get("/api/v1/connections/requests/received", influencer.accessToken());
        assertThat(ids(inbox, "id")).containsExactly(requestId);
        JsonNode other = inbox.data().path("items").get(0).path("user");
        assertThat(other.path("id").asText()).isEqualTo(salon.userId());
        assertThat(other.path("name").asText()).isEqualTo("Test User");
        assertThat(other.path("role").asText()).isEqualTo("INFLUENCER");
        assertThat(other.has("email")).isFalse();
        assertThat(inbox.raw()).doesNotContain(salon.email());

        Reply accepted = patch("/api/v1/connections/requests/" + requestId + "/accept", influencer);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.data().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.data().path("respondedAt").asText()).isNotBlank();

        for (var side : List.of(salon, influencer)) {
            Reply connections = api.get("/api/v1/connections/accepted", side.accessToken());
            assertThat(connections.status()).isEqualTo(200);
            assertThat(ids(connections, "requestId")).containsExactly(requestId);
            String otherId = side == salon ? influencer.userId() : salon.userId();
            assertThat(connections.data().path("items").get(0).path("user").path("id").asText()).isEqualTo(otherId);
            assertThat(connections.raw()).doesNotContain("@example.com");
        }
        assertThat(ids(api.get("/api/v1/connections/requests/received", influencer.accessToken()), "id")).isEmpty();
        assertThat(ids(api.get("/api/v1/connections/requests/sent", salon.accessToken()), "id")).isEmpty();
    }

    @Test
    void receiver_rejects_and_nobody_is_connected() {
        var a = accounts.verifiedSession("a");
        var b = accounts.verifiedSession("b");
        String requestId = request(a, b.userId(), null).data().path("id").asText();

        Reply rejected = patch("/api/v1/connections/requests/" + requestId + "/reject", b);

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.data().path("status").asText()).isEqualTo("REJECTED");
        assertThat(ids(api.get("/api/v1/connections/accepted", a.accessToken()), "requestId")).isEmpty();
        assertThat(ids(api.get("/api/v1/connections/requests/received", b.accessToken()), "id")).isEmpty();
        Reply again = request(a, b.userId(), null);
        assertThat(again.status()).as("a rejected request does not block a new one").isEqualTo(201);
    }

    @Test
    void only_the_receiver_may_accept_or_reject_everyone_else_gets_404_and_nothing_changes() {
        var a = accounts.verifiedSession("a");
        var b = accounts.verifiedSession("b");
        var stranger = accounts.verifiedSession("stranger");
        String requestId = request(a, b.userId(), null).data().path("id").asText();

        for (var who : List.of(stranger, a)) {
            assertError(patch("/api/v1/connections/requests/" + requestId + "/accept", who), 404, "NOT_FOUND");
            assertError(patch("/api/v1/connections/requests/" + requestId + "/reject", who), 404, "NOT_FOUND");
        }

        assertThat(Sql.count("SELECT count(*) FROM connection_requests WHERE id = ? AND status = 'PENDING'",
                UUID.fromString(requestId))).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ?", uuid(a))).isZero();
    }

    @Test
    void an_answered_request_cannot_be_answered_again() {
        var a = accounts.verifiedSession("a");
        var b = accounts.verifiedSession("b");
        String requestId = request(a, b.userId(), null).data().path("id").asText();
        assertThat(patch("/api/v1/connections/requests/" + requestId + "/accept", b).status()).isEqualTo(200);

        assertError(patch("/api/v1/connections/requests/" + requestId + "/accept", b), 409, "REQUEST_NOT_PENDING");
        assertError(patch("/api/v1/connections/requests/" + requestId + "/reject", b), 409, "REQUEST_NOT_PENDING");
        assertThat(Sql.count("SELECT count(*) FROM connection_requests WHERE id = ? AND status = 'ACCEPTED'",
                UUID.fromString(requestId))).isEqualTo(1);
    }

    @Test
    void a_request_to_yourself_is_400_and_nothing_is_written() {
        var a = accounts.verifiedSession("self");

        Reply r = request(a, a.userId(), null);

        assertError(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("details").get(0).path("field").asText()).isEqualTo("receiverId");
        assertThat(Sql.count("SELECT count(*) FROM connection_requests WHERE requester_id = ?", uuid(a))).isZero();
    }

    @Test
    void missing_or_malformed_fields_are_400_naming_the_field_and_nothing_is_written() {
        var a = accounts.verifiedSession("a");
        var b = accounts.verifiedSession("b");
        String path = "/api/v1/connections/request";

        assertError(api.post(path, Map.of(), a.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.sendRaw("POST", path, null, a.accessToken(), Map.of()), 400, "VALIDATION_FAILED");
        assertError(request(a, "not-a-uuid", null), 400, "VALIDATION_FAILED");
        assertError(request(a, "   ", null), 400, "VALIDATION_FAILED");
        Reply tooLong = request(a, b.userId(), "x".repeat(501));
        assertError(tooLong, 400, "VALIDATION_FAILED");
        assertThat(tooLong.json().path("details").get(0).path("field").asText()).isEqualTo("message");
        Reply broken = api.sendRaw("POST", path, "{\"receiverId\":", a.accessToken(), Map.of());
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("success").asBoolean(true)).isFalse();
        Reply wrongType = api.sendRaw("POST", path, "{\"receiverId\":{\"id\":1}}", a.accessToken(), Map.of());
        assertThat(wrongType.status()).isEqualTo(400);

        assertThat(Sql.count("SELECT count(*) FROM connection_requests WHERE requester_id = ?", uuid(a))).isZero();
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ?", uuid(b))).isZero();
    }

    @Test
    void unknown_or_suspended_receiver_is_404_and_nothing_is_written() {
        var a = accounts.verifiedSession("a");
        var suspended = accounts.verifiedSession("suspended");
        Sql.execute("UPDATE users SET status = 'SUSPENDED' WHERE id = ?", uuid(suspended));

        assertError(request(a, UUID.randomUUID().toString(), null), 404, "NOT_FOUND");
        assertError(request(a, suspended.userId(), null), 404, "NOT_FOUND");

        assertThat(Sql.count("SELECT count(*) FROM connection_requests WHERE requester_id = ?", uuid(a))).isZero();
    }

    @Test
    void a_second_pending_request_between_the_same_pair_is_409() {
        var a = accounts.verifiedSession("a");
        var b = accounts.verifiedSession("b");
        assertThat(request(a, b.userId(), null).status()).isEqualTo(201);

        assertError(request(a, b.userId(), "again"), 409, "REQUEST_PENDING");

        assertThat(requestsBetween(a, b)).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ?", uuid(b))).isEqualTo(1);
    }

    @Test
    void a_request_crossing_a_pending_one_connects_both_and_notifies_the_first_requester() {
        var a = accounts.verifiedSession("a");
        var b = accounts.verifiedSession("b");
        String first = request(a, b.userId(), null).data().path("id").asText();

        Reply crossing = request(b, a.userId(), null);

        assertThat(crossing.status()).as(crossing.toString()).isEqualTo(200);
        assertThat(crossing.data().path("id").asText()).isEqualTo(first);
        assertThat(crossing.data().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(ids(api.get("/api/v1/connections/accepted", a.accessToken()), "requestId")).containsExactly(first);
        assertThat(ids(api.get("/api/v1/connections/accepted", b.accessToken()), "requestId")).containsExactly(first);
        assertThat(ids(api.get("/api/v1/connections/requests/received", a.accessToken()), "id")).isEmpty();
        assertThat(ids(api.get("/api/v1/connections/requests/received", b.accessToken()), "id")).isEmpty();
        assertThat(requestsBetween(a, b)).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND type = 'CONNECTION_ACCEPTED'",
                uuid(a))).isEqualTo(1);
    }

    @Test
    void requesting_someone_you_are_already_connected_with_is_409_in_either_direction() {
        var a = accounts.verifiedSession("a");
        var b = accounts.verifiedSession("b");
        String id = request(a, b.userId(), null).data().path("id").asText();
        patch("/api/v1/connections/requests/" + id + "/accept", b);

        assertError(request(a, b.userId(), null), 409, "ALREADY_CONNECTED");
        assertError(request(b, a.userId(), null), 409, "ALREADY_CONNECTED");
        assertThat(requestsBetween(a, b)).isEqualTo(1);
    }

    @Test
    void two_concurrent_identical_requests_exactly_one_wins() throws Exception {
        var a = accounts.verifiedSession("a");
        var b = accounts.verifiedSession("b");

        List<Integer> statuses = concurrently(4, () -> request(a, b.userId(), null).status());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
        assertThat(requestsBetween(a, b)).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ?", uuid(b))).isEqualTo(1);
    }

    @Test
    void two_crossing_requests_at_once_store_exactly_one_and_the_other_side_gets_409_or_is_connected() throws Exception {
        for (int round = 0; round < 5; round++) {
            var a = accounts.verifiedSession("cross-a");
            var b = accounts.verifiedSession("cross-b");
            List<Accounts.Session[]> pairs = List.of(new Accounts.Session[] {a, b}, new Accounts.Session[] {b, a});
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

            List<Reply> replies = concurrently(2, () -> {
                Accounts.Session[] pair = pairs.get(next.getAndIncrement());
                return request(pair[0], pair[1].userId(), null);
            });

            assertThat(requestsBetween(a, b)).as("round " + round).isEqualTo(1);
            assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
            Reply other = replies.stream().filter(r -> r.status() != 201).findFirst().orElseThrow();
            if (other.status() == 409) {
                assertThat(other.code()).isIn("CONNECTION_EXISTS", "REQUEST_PENDING");
                assertThat(Sql.count("SELECT count(*) FROM connection_requests WHERE status = 'PENDING'"
                        + " AND (requester_id = ? OR receiver_id = ?)", uuid(a), uuid(a))).isEqualTo(1);
            } else {
                assertThat(other.status()).as(other.toString()).isEqualTo(200);
                assertThat(other.data().path("status").asText()).isEqualTo("ACCEPTED");
            }
        }
    }

    @Test
    void path_ids_that_are_not_uuids_or_unknown_are_404_in_the_error_shape() {
        var a = accounts.verifiedSession("a");
        for (String id : new String[] {"abc", "1", "00000000-0000-0000-0000-00000000000g", UUID.randomUUID().toString(),
                "abc def", "' OR 1=1 --"}) {
            String encoded = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            assertError(patch("/api/v1/connections/requests/" + encoded + "/accept", a), 404, "NOT_FOUND");
            assertError(patch("/api/v1/connections/requests/" + encoded + "/reject", a), 404, "NOT_FOUND");
        }
    }

    @Test
    void every_route_requires_a_bearer_token() {
        String id = UUID.randomUUID().toString();
        assertError(api.post("/api/v1/connections/request", Map.of("receiverId", id)), 401, "UNAUTHENTICATED");
        assertError(api.get("/api/v1/connections/requests/sent"), 401, "UNAUTHENTICATED");
        assertError(api.get("/api/v1/connections/requests/received"), 401, "UNAUTHENTICATED");
        assertError(api.get("/api/v1/connections/accepted"), 401, "UNAUTHENTICATED");
        assertError(api.sendRaw("PATCH", "/api/v1/connections/requests/" + id + "/accept", null, null, Map.of()),
                401, "UNAUTHENTICATED");
        assertError(api.sendRaw("PATCH", "/api/v1/connections/requests/" + id + "/reject", null, null, Map.of()),
                401, "UNAUTHENTICATED");
    }

    @Test
    void lists_page_with_cursors_without_repeats_and_clamp_huge_limits_to_100() {
        var popular = accounts.verifiedSession("popular");
        insertRequestsFromStrangers(popular, 101, "PENDING");
        insertRequestsFromStrangers(popular, 101, "ACCEPTED");

        Reply huge = api.get("/api/v1/connections/requests/received?limit=100000", popular.accessToken());
        assertThat(huge.status()).as(huge.toString()).isEqualTo(200);
        assertThat(huge.data().path("items")).hasSize(100);
        assertThat(huge.data().path("nextCursor").asText()).isNotBlank();
        Reply hugeAccepted = api.get("/api/v1/connections/accepted?limit=100000", popular.accessToken());
        assertThat(hugeAccepted.data().path("items")).hasSize(100);

        for (String route : List.of("/api/v1/connections/requests/received", "/api/v1/connections/accepted")) {
            String field = route.endsWith("accepted") ? "requestId" : "id";
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                Reply page = api.get(route + "?limit=40" + (cursor == null ? "" : "&cursor=" + cursor),
                        popular.accessToken());
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                seen.addAll(ids(page, field));
                cursor = page.data().path("nextCursor").isNull() ? null : page.data().path("nextCursor").asText();
                pages++;
            } while (cursor != null);
            assertThat(pages).isEqualTo(3);
            assertThat(seen).hasSize(101).doesNotHaveDuplicates();
        }
    }

    @Test
    void list_parameters_that_make_no_sense_are_400_in_the_error_shape() {
        var a = accounts.verifiedSession("a");
        for (String route : List.of("/api/v1/connections/requests/sent", "/api/v1/connections/requests/received",
                "/api/v1/connections/accepted")) {
            assertError(api.get(route + "?limit=abc", a.accessToken()), 400, "VALIDATION_FAILED");
            assertError(api.get(route + "?cursor=not-a-cursor", a.accessToken()), 400, "VALIDATION_FAILED");
            Reply zero = api.get(route + "?limit=0", a.accessToken());
            assertThat(zero.status()).isEqualTo(200);
        }
    }

    /** Inserts {@code n} users and requests from each of them to {@code target} straight into the database. */
    private static void insertRequestsFromStrangers(Accounts.Session target, int n, String status) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Sql.execute("""
                INSERT INTO users (id, email, name, role, status, email_verified, password_hash, created_at, updated_at)
                SELECT gen_random_uuid(), 'bulk-' || ? || '-' || g || '@example.com', 'Bulk ' || g, 'SALON', 'ACTIVE',
                       true, 'x', now(), now()
                  FROM generate_series(1, ?) g
                """, tag, n);
        Sql.execute("""
                INSERT INTO connection_requests (id, requester_id, receiver_id, status, created_at, responded_at)
                SELECT gen_random_uuid(), u.id, ?, ?, now() - (row_number() OVER () % 7) * interval '1 second',
                       CASE WHEN ? = 'PENDING' THEN NULL ELSE now() - (row_number() OVER () % 5) * interval '1 second' END
                  FROM users u WHERE u.email LIKE 'bulk-' || ? || '-%'
                """, uuid(target), status, status, tag);
    }

    private static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
