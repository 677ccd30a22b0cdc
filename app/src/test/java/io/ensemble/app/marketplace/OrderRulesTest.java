package io.ensemble.app.marketplace;

import static io.ensemble.app.marketplace.Market.assertError;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.ArrayList;
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

/**
 * End-to-end: the bad-input, authorization, idempotency and concurrency rules of issue 8 §2 over
 * HTTP on real PostgreSQL.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OrderRulesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Market market;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        market = new Market(api, new RoleSessions(api, new Inbox(MAIL)));
    }

    private static long ordersOf(Accounts.Session brand) {
        return Sql.count("SELECT count(*) FROM orders WHERE brand_id = ?", UUID.fromString(brand.userId()));
    }

    @Test
    void a_replayed_idempotency_key_answers_the_same_order_and_a_different_body_is_422() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String pkg = market.createPackage(creator, 1234, "USD", 1);
        String other = market.createPackage(creator, 999, "USD", 1);

        Reply first = market.placeOrder(brand, pkg, "key-1");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Reply again = market.placeOrder(brand, pkg, "key-1");
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.data()).isEqualTo(first.data());
        assertThat(ordersOf(brand)).isEqualTo(1);

        Reply reused = market.placeOrder(brand, other, "key-1");
        assertError(reused, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(ordersOf(brand)).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM idempotency_keys WHERE scope = 'orders.place' AND user_id = ?",
                UUID.fromString(brand.userId()))).isEqualTo(1);

        assertThat(market.placeOrder(brand, pkg, "key-2").data().path("id").asText())
                .isNotEqualTo(first.data().path("id").asText());
        assertThat(ordersOf(brand)).isEqualTo(2);
    }

    @Test
    void concurrent_retries_with_one_key_store_one_order() throws Exception {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String pkg = market.createPackage(creator, 500, "USD", 0);
        List<Reply> replies = race(8, () -> market.placeOrder(brand, pkg, "same-key"));
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(replies.stream().map(r -> r.data().path("id").asText()).distinct()).hasSize(1);
        assertThat(ordersOf(brand)).isEqualTo(1);
    }

    @Test
    void only_brands_order_and_nobody_orders_from_themselves() {
        Accounts.Session creator = market.creator();
        String pkg = market.createPackage(creator, 700, "USD", 0);
        assertError(market.placeOrder(creator, pkg, null), 403, "FORBIDDEN");
        assertError(market.placeOrder(market.admin(), pkg, null), 403, "FORBIDDEN");

        Sql.execute("UPDATE users SET role = 'BRAND' WHERE id = ?", UUID.fromString(creator.userId()));
        Accounts.Session turnedBrand = new Accounts(api, null).login(creator.email(), Accounts.PASSWORD,
                creator.userId());
        Reply own = market.placeOrder(turnedBrand, pkg, null);
        assertError(own, 400, "VALIDATION_FAILED");
        assertThat(own.json().path("details").get(0).path("field").asText()).isEqualTo("packageId");
        Map<String, Object> custom = Map.of("creatorId", creator.userId(), "title", "Self deal",
                "price", Map.of("amount", 100, "currency", "USD"));
        assertError(api.post("/api/v1/orders", custom, turnedBrand.accessToken()), 400, "VALIDATION_FAILED");
        assertThat(ordersOf(turnedBrand)).isZero();
    }

    @Test
    void bad_order_bodies_are_400_naming_the_field_and_write_nothing() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String pkg = market.createPackage(creator, 700, "USD", 0);
        List<Map<String, Object>> bodies = List.of(
                Map.of(),
                Map.of("packageId", "not-a-uuid"),
                Map.of("packageId", pkg, "deadline", "31/12/2026"),
                Map.of("packageId", pkg, "creatorId", creator.userId()),
                Map.of("creatorId", creator.userId(), "title", "Custom", "price", Map.of("amount", 0, "currency", "USD")),
                Map.of("creatorId", creator.userId(), "title", "Custom", "price", Map.of("amount", -5, "currency", "USD")),
                Map.of("creatorId", creator.userId(), "title", "Custom", "price", Map.of("amount", 5, "currency", "ABC")));
        for (Map<String, Object> body : bodies) {
            assertError(api.post("/api/v1/orders", body, brand.accessToken()), 400, "VALIDATION_FAILED");
        }
        String fractional = "{\"creatorId\":\"" + creator.userId() + "\",\"title\":\"x\",\"price\":{\"amount\":10.5,\"currency\":\"USD\"}}";
        assertThat(api.post("/api/v1/orders", fractional, brand.accessToken()).status()).isEqualTo(400);
        assertError(api.post("/api/v1/orders", Map.of("packageId", UUID.randomUUID().toString()), brand.accessToken()),
                404, "NOT_FOUND");
        assertThat(ordersOf(brand)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM conversations WHERE subject_type = 'ORDER' AND owner_id = ?",
                UUID.fromString(brand.userId()))).isZero();
    }

    @Test
    void a_custom_offer_keeps_its_exact_price() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Reply r = api.post("/api/v1/orders", Map.of("creatorId", creator.userId(), "title", "Launch video",
                "price", Map.of("amount", 123_456_789_012L, "currency", "jpy")), brand.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.raw()).contains("\"amount\":123456789012");
        assertThat(r.data().path("price").path("currency").asText()).isEqualTo("JPY");
        assertThat(r.data().path("packageId").isNull()).isTrue();
        assertThat(Sql.count("SELECT count(*) FROM orders WHERE id = ? AND price_amount = 123456789012",
                UUID.fromString(r.data().path("id").asText()))).isEqualTo(1);
    }

    @Test
    void another_users_order_is_not_found_for_reading_acting_and_reviewing() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session stranger = market.brand();
        String id = market.order(brand, market.createPackage(creator, 900, "USD", 0));
        assertError(api.get("/api/v1/orders/" + id, stranger.accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/api/v1/orders/" + id + "/transitions", stranger.accessToken()), 404, "NOT_FOUND");
        assertError(market.act(stranger, id, "cancel"), 404, "NOT_FOUND");
        assertError(api.post("/api/v1/orders/" + id + "/review", Map.of("rating", 1), stranger.accessToken()),
                404, "NOT_FOUND");
        assertError(api.get("/api/v1/orders/" + UUID.randomUUID(), brand.accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/api/v1/orders/nope", brand.accessToken()), 404, "NOT_FOUND");
        assertThat(api.get("/api/v1/orders", stranger.accessToken()).data().path("items")).isEmpty();
        assertThat(Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ?", UUID.fromString(id)))
                .isZero();
        assertThat(api.get("/api/v1/orders/" + id, market.admin().accessToken()).status()).isEqualTo(200);
    }

    @Test
    void a_party_cannot_take_the_other_partys_action_and_illegal_actions_list_the_allowed_ones() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String id = market.paidOrder(brand, admin, market.createPackage(creator, 900, "USD", 0));
        assertError(market.act(brand, id, "accept"), 403, "FORBIDDEN");
        assertError(market.act(brand, id, "decline"), 403, "FORBIDDEN");
        assertError(market.act(creator, id, "record_payment"), 409, "ILLEGAL_TRANSITION");
        Reply illegal = market.act(creator, id, "start");
        assertError(illegal, 409, "ILLEGAL_TRANSITION");
        assertThat(illegal.json().path("message").asText()).contains("Allowed now: accept, decline");

        market.expect(creator, id, "accept", "ACCEPTED");
        market.expect(creator, id, "start", "IN_PROGRESS");
        market.expect(creator, id, Market.deliver("https://youtube.com/watch?v=1"), "DELIVERED");
        assertError(market.act(creator, id, "approve"), 403, "FORBIDDEN");
        assertError(api.post("/api/v1/orders/" + id + "/review", Map.of("rating", 5), brand.accessToken()),
                409, "ORDER_NOT_COMPLETED");
        assertThat(api.get("/api/v1/orders/" + id, brand.accessToken()).data().path("status").asText())
                .isEqualTo("DELIVERED");
    }

    @Test
    void bad_transition_bodies_are_400_and_change_nothing() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String id = market.paidOrder(brand, admin, market.createPackage(creator, 900, "USD", 0));
        market.expect(creator, id, "accept", "ACCEPTED");
        market.expect(creator, id, "start", "IN_PROGRESS");
        long before = Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ?", UUID.fromString(id));
        List<Map<String, Object>> bodies = List.of(Map.of(), Map.of("action", "teleport"),
                Map.of("action", "auto_complete"), Map.of("action", "deliver"),
                Map.of("action", "deliver", "deliverables", List.of("ftp://x/y")),
                Map.of("action", "deliver", "deliverables", List.of("javascript:alert(1)")),
                Map.of("action", "accept", "outcome", "COMPLETED"),
                Map.of("action", "accept", "deliverables", List.of("https://x.y/z")));
        for (Map<String, Object> body : bodies) {
            assertError(market.act(creator, id, body), 400, "VALIDATION_FAILED");
        }
        assertThat(Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ?", UUID.fromString(id)))
                .isEqualTo(before);
        assertThat(api.get("/api/v1/orders/" + id, creator.accessToken()).data().path("status").asText())
                .isEqualTo("IN_PROGRESS");
        assertError(api.post("/api/v1/orders/" + id + "/review", Map.of("rating", 6), brand.accessToken()),
                400, "VALIDATION_FAILED");
    }

    @Test
    void two_concurrent_transitions_exactly_one_wins() throws Exception {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String pkg = market.createPackage(creator, 900, "USD", 0);
        for (int round = 0; round < 3; round++) {
            String id = market.paidOrder(brand, admin, pkg);
            List<Reply> replies = race(2, new ArrayList<>(List.<Callable<Reply>>of(
                    () -> market.act(creator, id, "accept"), () -> market.act(creator, id, "decline"))));
            assertThat(replies.stream().filter(r -> r.status() == 200)).as(replies.toString()).hasSize(1);
            assertThat(replies.stream().filter(r -> r.status() == 409)).as(replies.toString()).hasSize(1);
            assertThat(Sql.count("SELECT count(*) FROM order_transitions WHERE order_id = ? AND from_status = 'PAID'",
                    UUID.fromString(id))).isEqualTo(1);
            String status = api.get("/api/v1/orders/" + id, brand.accessToken()).data().path("status").asText();
            long refunds = Sql.count("SELECT count(*) FROM payments WHERE order_id = ? AND status = 'REFUNDED'",
                    UUID.fromString(id));
            assertThat(refunds).isEqualTo(status.equals("DECLINED") ? 1 : 0);
        }
    }

    @Test
    void lists_show_my_orders_as_brand_or_creator_filtered_and_paged() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String pkg = market.createPackage(creator, 900, "USD", 0);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(market.order(brand, pkg));
        }
        market.expect(brand, ids.get(0), "pay", "PENDING_PAYMENT");
        market.expect(admin, ids.get(0), "record_payment", "PAID");

        Reply page1 = api.get("/api/v1/orders?limit=2", creator.accessToken());
        assertThat(page1.data().path("items")).hasSize(2);
        String cursor = page1.data().path("nextCursor").asText();
        Reply page2 = api.get("/api/v1/orders?limit=2&cursor=" + cursor, creator.accessToken());
        assertThat(page2.data().path("items")).hasSize(1);
        assertThat(page2.data().path("nextCursor").isNull()).isTrue();
        List<String> seen = new ArrayList<>(page1.data().path("items").findValuesAsText("id"));
        seen.addAll(page2.data().path("items").findValuesAsText("id"));
        assertThat(seen).containsExactly(ids.get(2), ids.get(1), ids.get(0));

        Reply paid = api.get("/api/v1/orders?status=paid", brand.accessToken());
        assertThat(paid.data().path("items").findValuesAsText("id")).containsExactly(ids.get(0));
        assertThat(paid.data().path("items").get(0).path("allowedActions").toString()).contains("cancel");
        assertError(api.get("/api/v1/orders?status=SHIPPED", brand.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get("/api/v1/orders?cursor=bogus", brand.accessToken()), 400, "VALIDATION_FAILED");
    }

    private static List<Reply> race(int n, Callable<Reply> call) throws Exception {
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        return race(n, calls);
    }

    private static List<Reply> race(int n, List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (Callable<Reply> c : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<Reply> out = new ArrayList<>();
            for (Future<Reply> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

}
