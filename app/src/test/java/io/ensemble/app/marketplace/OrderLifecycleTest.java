package io.ensemble.app.marketplace;

import static io.ensemble.app.marketplace.Market.assertError;
import static io.ensemble.app.marketplace.Market.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.ActivityLogs;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: the order lifecycle of issue 8 §2-3 with the {@code manual} gateway, through the
 * running app on real PostgreSQL: buy, pay, record payment, deliver, revise, approve, payout,
 * review; decline with refund; dispute resolved by an admin; auto-complete after the review window
 * (the {@code orders-autocomplete} job, run now through its admin task).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OrderLifecycleTest {
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

    @Test
    void a_brand_buys_pays_manually_the_creator_delivers_the_brand_approves_and_the_payout_and_review_follow()
            throws Exception {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String pkg = market.createPackage(creator, 1999, "USD", 1);

        Reply placed = market.placeOrder(brand, pkg, null);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.data().path("id").asText();
        assertThat(placed.data().path("status").asText()).isEqualTo("PENDING_PAYMENT");
        assertThat(placed.data().path("price").path("amount").asLong()).isEqualTo(1999);
        assertThat(placed.data().path("deadline").asText()).isEqualTo("2026-12-31");
        assertThat(texts(placed, "allowedActions")).containsExactly("pay", "cancel");
        assertThat(texts(api.get("/api/v1/orders/" + id, admin.accessToken()), "allowedActions"))
                .as("the manual gateway: an admin records payments").containsExactly("record_payment", "cancel");
        UUID orderId = UUID.fromString(id);
        UUID conversation = UUID.fromString(placed.data().path("conversationId").asText());
        assertThat(Sql.count("SELECT count(*) FROM conversations WHERE id = ? AND type = 'GROUP'"
                + " AND subject_type = 'ORDER' AND subject_id = ?", conversation, orderId)).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM conversation_members WHERE conversation_id = ? AND user_id IN (?, ?)",
                conversation, UUID.fromString(brand.userId()), UUID.fromString(creator.userId()))).isEqualTo(2);

        Reply paid = market.expect(brand, id, "pay", "PENDING_PAYMENT");
        assertThat(paid.data().path("payment").path("provider").asText()).isEqualTo("manual");
        assertThat(paid.data().path("payment").path("status").asText()).isEqualTo("PENDING");
        assertThat(paid.data().path("clientSecret").isNull()).isTrue();
        assertThat(texts(market.act(creator, id, "accept"), "allowedActions")).isEmpty();

        Reply recorded = market.expect(admin, id, "record_payment", "PAID");
        assertThat(recorded.data().path("payment").path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(recorded.data().path("payment").path("amount").path("amount").asLong()).isEqualTo(1999);
        assertThat(texts(api.get("/api/v1/orders/" + id, creator.accessToken()), "allowedActions"))
                .containsExactly("accept", "decline");

        market.expect(creator, id, "accept", "ACCEPTED");
        market.expect(creator, id, "start", "IN_PROGRESS");
        Reply delivered = market.expect(creator, id, Market.deliver("https://instagram.com/reel/1"), "DELIVERED");
        assertThat(texts(delivered, "deliverables")).containsExactly("https://instagram.com/reel/1");
        market.expect(brand, id, Map.of("action", "request_revision", "note", "Brighter, please"),
                "REVISION_REQUESTED");
        market.expect(creator, id, Market.deliver("https://instagram.com/reel/2"), "DELIVERED");
        Reply noMore = market.act(brand, id, "request_revision");
        assertError(noMore, 409, "ILLEGAL_TRANSITION");
        assertThat(noMore.json().path("message").asText()).contains("approve", "dispute");
        Reply completed = market.expect(brand, id, "approve", "COMPLETED");
        assertThat(texts(completed, "allowedActions")).isEmpty();
        assertThat(completed.data().path("revisionsUsed").asInt()).isEqualTo(1);

        Reply history = api.get("/api/v1/orders/" + id + "/transitions", creator.accessToken());
        assertThat(history.data().findValuesAsText("action")).containsExactly("pay", "record_payment", "accept",
                "start", "deliver", "request_revision", "deliver", "approve");
        assertThat(history.data().get(1).path("actorId").asText()).isEqualTo(admin.userId());
        assertThat(history.data().get(5).path("note").asText()).isEqualTo("Brighter, please");
        assertThat(history.data().get(7).path("from").asText()).isEqualTo("DELIVERED");
        assertThat(history.data().get(7).path("to").asText()).isEqualTo("COMPLETED");
        assertThat(Sql.count("SELECT count(*) FROM messages WHERE conversation_id = ? AND type = 'SYSTEM'",
                conversation)).isEqualTo(9);
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND type = 'ORDER_UPDATED'"
                + " AND subject_id = ?", UUID.fromString(creator.userId()), orderId)).isEqualTo(4);
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND type = 'ORDER_UPDATED'"
                + " AND subject_id = ?", UUID.fromString(brand.userId()), orderId)).isEqualTo(5);

        Reply payouts = api.get("/api/v1/payouts", creator.accessToken());
        assertThat(payouts.status()).as(payouts.toString()).isEqualTo(200);
        assertThat(payouts.data().path("items")).hasSize(1);
        var payout = payouts.data().path("items").get(0);
        assertThat(payout.path("orderId").asText()).isEqualTo(id);
        assertThat(payout.path("grossAmount").path("amount").asLong()).isEqualTo(1999);
        assertThat(payout.path("fee").asLong()).isEqualTo(199);
        assertThat(payout.path("amount").path("amount").asLong()).isEqualTo(1800);
        assertThat(payout.path("status").asText()).isEqualTo("PENDING");
        assertThat(payout.path("transferAttempts").asInt()).isZero();
        assertThat(payout.path("providerRef").isNull()).isTrue();
        assertThat(api.get("/api/v1/payouts", brand.accessToken()).data().path("items")).isEmpty();
        String transferTask = io.ensemble.app.support.AdminTasks.run(api.client(), APP.getAdminPort(),
                "payouts-transfer");
        assertThat(transferTask).as("the manual gateway transfers nothing")
                .contains("succeeded: transferred 0, failed 0, waiting 0, skipped 0 payouts");
        assertThat(Sql.count("SELECT count(*) FROM payouts WHERE order_id = ? AND status = 'PENDING'"
                + " AND provider_ref IS NULL AND transfer_attempts = 0 AND next_transfer_at IS NULL", orderId))
                .isEqualTo(1);

        Reply review = api.post("/api/v1/orders/" + id + "/review", Map.of("rating", 5, "comment", "Great reels"),
                brand.accessToken());
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        assertError(api.post("/api/v1/orders/" + id + "/review", Map.of("rating", 4), brand.accessToken()),
                409, "REVIEW_EXISTS");
        Reply reviews = api.get("/api/v1/reviews/creator/" + creator.userId());
        assertThat(reviews.data().path("items")).hasSize(1);
        assertThat(reviews.data().path("items").get(0).path("rating").asInt()).isEqualTo(5);
        assertThat(reviews.data().path("items").get(0).path("comment").asText()).isEqualTo("Great reels");
        Reply profile = api.get("/api/v1/profile/me", creator.accessToken());
        assertThat(profile.data().path("rating").asDouble()).as(profile.toString()).isEqualTo(5.0);
        assertThat(profile.data().path("totalCollaborations").asInt()).isEqualTo(1);
    }

    @Test
    void the_admin_reads_a_users_payouts_and_settles_one_once() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String id = market.paidOrder(brand, admin, market.createPackage(creator, 10_001, "EUR", 0));
        market.expect(creator, id, "accept", "ACCEPTED");
        market.expect(creator, id, "start", "IN_PROGRESS");
        market.expect(creator, id, Market.deliver(UUID.randomUUID().toString()), "DELIVERED");
        market.expect(brand, id, "approve", "COMPLETED");

        Reply ofUser = api.get("/api/v1/payouts/user/" + creator.userId(), admin.accessToken());
        assertThat(ofUser.status()).as(ofUser.toString()).isEqualTo(200);
        var payout = ofUser.data().path("items").get(0);
        assertThat(payout.path("fee").asLong()).isEqualTo(1000);
        assertThat(payout.path("amount").path("amount").asLong()).isEqualTo(9001);
        assertThat(payout.path("amount").path("currency").asText()).isEqualTo("EUR");
        String payoutId = payout.path("id").asText();

        assertError(api.get("/api/v1/payouts/user/" + creator.userId(), creator.accessToken()), 403, "FORBIDDEN");
        assertError(api.sendRaw("PUT", "/api/v1/payouts/" + payoutId, Api.toJson(Map.of("status", "PAID")),
                creator.accessToken(), Map.of()), 403, "FORBIDDEN");
        Reply bad = api.sendRaw("PUT", "/api/v1/payouts/" + payoutId, Api.toJson(Map.of("status", "SENT")),
                admin.accessToken(), Map.of());
        assertError(bad, 400, "VALIDATION_FAILED");
        Reply settled = api.sendRaw("PUT", "/api/v1/payouts/" + payoutId,
                Api.toJson(Map.of("status", "PAID", "note", "wire 42")), admin.accessToken(), Map.of());
        assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
        assertThat(settled.data().path("status").asText()).isEqualTo("PAID");
        assertThat(settled.data().path("note").asText()).isEqualTo("wire 42");
        assertError(api.sendRaw("PUT", "/api/v1/payouts/" + payoutId, Api.toJson(Map.of("status", "FAILED")),
                admin.accessToken(), Map.of()), 409, "PAYOUT_SETTLED");
        assertError(api.sendRaw("PUT", "/api/v1/payouts/" + UUID.randomUUID(), Api.toJson(Map.of("status", "PAID")),
                admin.accessToken(), Map.of()), 404, "NOT_FOUND");
        assertThat(Sql.count("SELECT count(*) FROM payouts WHERE id = ? AND status = 'PAID'",
                UUID.fromString(payoutId))).isEqualTo(1);

        List<JsonNode> audited = ActivityLogs.read(api, admin, "targetType=payout&targetId=" + payoutId);
        assertThat(audited).as("only the settlement that happened is audited").singleElement().satisfies(e -> {
            assertThat(e.path("action").asText()).isEqualTo("payout_settled");
            assertThat(e.path("actorId").asText()).isEqualTo(admin.userId());
            assertThat(e.path("ipAddress").asText()).isNotBlank();
            assertThat(e.path("requestId").asText()).isNotBlank();
            assertThat(ActivityLogs.changes(e)).containsExactly("status: PENDING -> PAID", "note: null -> wire 42");
        });
    }

    @Test
    void an_orders_system_messages_are_pushed_live_to_the_other_partys_sockets() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String pkg = market.createPackage(creator, 1500, "EUR", 0);
        try (WsClient joined = WsClient.connected(APP.getLocalPort(), creator.accessToken());
             WsClient notJoined = WsClient.connected(APP.getLocalPort(), creator.accessToken())) {
            Reply placed = market.placeOrder(brand, pkg, null);
            String conversation = placed.data().path("conversationId").asText();
            joined.request("join_conversation", Map.of("conversationId", conversation));

            market.expect(brand, placed.data().path("id").asText(), "pay", "PENDING_PAYMENT");

            JsonNode live = joined.await("message_sent", f -> f.path("data").path("conversationId").asText()
                    .equals(conversation) && f.path("data").path("type").asText().equals("system")
                    && f.path("data").path("seq").asLong() == 2).path("data");
            assertThat(live.path("senderId").asText()).isEqualTo(brand.userId());
            JsonNode direct = notJoined.await("new_message", f -> f.path("data").path("conversationId").asText()
                    .equals(conversation) && f.path("data").path("seq").asLong() == 2).path("data");
            assertThat(direct.path("id").asText()).isEqualTo(live.path("id").asText());
        }
    }

    @Test
    void a_declined_order_is_refunded_and_pays_nobody() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String id = market.paidOrder(brand, admin, market.createPackage(creator, 2500, "GBP", 0));
        Reply declined = market.expect(creator, id, Map.of("action", "decline", "note", "Fully booked"), "DECLINED");
        assertThat(declined.data().path("payment").path("status").asText()).isEqualTo("REFUNDED");
        assertThat(declined.data().path("payment").path("refundRef").asText()).startsWith("refund_manual_");
        assertThat(Sql.count("SELECT count(*) FROM payouts WHERE order_id = ?", UUID.fromString(id))).isZero();
        assertError(market.act(creator, id, "accept"), 409, "ILLEGAL_TRANSITION");
    }

    @Test
    void a_dispute_is_resolved_by_an_admin_to_refunded_or_completed() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String pkg = market.createPackage(creator, 4000, "USD", 0);

        String refunded = market.paidOrder(brand, admin, pkg);
        market.expect(creator, refunded, "accept", "ACCEPTED");
        market.expect(brand, refunded, Map.of("action", "dispute", "note", "No contact"), "DISPUTED");
        assertError(market.act(brand, refunded, Map.of("action", "resolve", "outcome", "REFUNDED")), 403, "FORBIDDEN");
        assertError(market.act(admin, refunded, Map.of("action", "resolve", "outcome", "PAID")),
                400, "VALIDATION_FAILED");
        Reply r = market.expect(admin, refunded, Map.of("action", "resolve", "outcome", "REFUNDED"), "REFUNDED");
        assertThat(r.data().path("payment").path("status").asText()).isEqualTo("REFUNDED");

        String completed = market.paidOrder(brand, admin, pkg);
        market.expect(creator, completed, "accept", "ACCEPTED");
        market.expect(creator, completed, "start", "IN_PROGRESS");
        market.expect(creator, completed, "dispute", "DISPUTED");
        market.expect(admin, completed, Map.of("action", "resolve", "outcome", "COMPLETED"), "COMPLETED");
        assertThat(Sql.count("SELECT count(*) FROM payouts WHERE order_id = ? AND net_amount = 3600",
                UUID.fromString(completed))).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM payouts WHERE order_id = ?", UUID.fromString(refunded))).isZero();

        List<JsonNode> ofRefunded = ActivityLogs.read(api, admin, "targetType=order&targetId=" + refunded);
        assertThat(ofRefunded).extracting(e -> e.path("action").asText())
                .as("record_payment by the admin, then the resolution and its refund")
                .containsExactlyInAnyOrder("order_transitioned", "dispute_resolved", "refund_issued");
        assertThat(ofRefunded).allSatisfy(e -> assertThat(e.path("actorId").asText()).isEqualTo(admin.userId()));
        JsonNode resolved = ofRefunded.stream().filter(e -> e.path("action").asText().equals("dispute_resolved"))
                .findFirst().orElseThrow();
        assertThat(ActivityLogs.changes(resolved)).containsExactly("status: DISPUTED -> REFUNDED",
                "action: null -> resolve");
        JsonNode refund = ofRefunded.stream().filter(e -> e.path("action").asText().equals("refund_issued"))
                .findFirst().orElseThrow();
        assertThat(ActivityLogs.changes(refund)).containsExactly("amount: null -> 4000 USD");
        List<JsonNode> ofCompleted = ActivityLogs.read(api, admin,
                "action=dispute_resolved&targetType=order&targetId=" + completed);
        assertThat(ofCompleted).singleElement().satisfies(e -> assertThat(ActivityLogs.changes(e))
                .containsExactly("status: DISPUTED -> COMPLETED", "action: null -> resolve"));
        assertThat(ActivityLogs.read(api, admin, "action=refund_issued&targetType=order&targetId=" + completed))
                .isEmpty();
    }

    @Test
    void a_delivery_left_unreviewed_past_the_window_completes_when_the_hourly_job_runs() throws Exception {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session admin = market.admin();
        String pkg = market.createPackage(creator, 3000, "USD", 0);
        String overdue = market.paidOrder(brand, admin, pkg);
        String fresh = market.paidOrder(brand, admin, pkg);
        for (String id : new String[] {overdue, fresh}) {
            market.expect(creator, id, "accept", "ACCEPTED");
            market.expect(creator, id, "start", "IN_PROGRESS");
            market.expect(creator, id, Market.deliver("https://tiktok.com/v/1"), "DELIVERED");
        }
        Sql.execute("UPDATE orders SET delivered_at = now() - interval '73 hours' WHERE id = ?",
                UUID.fromString(overdue));

        String task = io.ensemble.app.support.AdminTasks.run(api.client(), APP.getAdminPort(), "orders-autocomplete");
        assertThat(task).contains("succeeded: completed 1 orders");
        assertThat(Sql.count("SELECT count(*) FROM job_runs WHERE job_name = 'orders-autocomplete' AND trigger = 'OPERATOR'"
                + " AND outcome = 'SUCCEEDED' AND summary = 'completed 1 orders'"))
                .isEqualTo(1);

        Reply done = api.get("/api/v1/orders/" + overdue, brand.accessToken());
        assertThat(done.data().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(api.get("/api/v1/orders/" + fresh, brand.accessToken()).data().path("status").asText())
                .isEqualTo("DELIVERED");
        Reply history = api.get("/api/v1/orders/" + overdue + "/transitions", brand.accessToken());
        var last = history.data().get(history.data().size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("auto_complete");
        assertThat(last.path("party").asText()).isEqualTo("SYSTEM");
        assertThat(last.path("actorId").isNull()).isTrue();
        assertThat(Sql.count("SELECT count(*) FROM payouts WHERE order_id = ?", UUID.fromString(overdue)))
                .isEqualTo(1);
    }
}
