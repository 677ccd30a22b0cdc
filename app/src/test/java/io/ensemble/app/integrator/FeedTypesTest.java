package io.ensemble.app.integrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.events.Events;
import io.ensemble.app.marketplace.Market;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 26 §1: the feed types of account suspension and deletion, profile edits, messages (metadata
 * only, one event per message), reports, payouts and tickets, each with its subjects and public payload.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class FeedTypesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Market market;
    private Integrators integrators;
    private Accounts.Session admin;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        market = new Market(api, new RoleSessions(api, new Inbox(MAIL)));
        integrators = new Integrators(api);
        admin = market.admin();
    }

    /** Waits until the feed holds {@code count} events of {@code types} whose subject {@code role} is {@code id}. */
    private List<JsonNode> awaitFeed(String role, String id, String types, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> about(role, id, types).size() >= count);
        return about(role, id, types);
    }

    private List<JsonNode> about(String role, String id, String types) {
        return integrators.feedFromStart(admin.accessToken(), types).stream()
                .filter(e -> e.path("subjects").path(role).asText().equals(id)).toList();
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asText()).toList();
    }

    private void ok(Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
    }

    @Test
    void suspension_reinstatement_deletion_and_a_profile_edit_of_an_account_are_in_the_feed() {
        Accounts.Session user = market.brand();
        ok(api.sendRaw("PATCH", "/api/v1/admin/users/" + user.userId() + "/suspend",
                Api.toJson(Map.of("reason", "spam wave")), admin.accessToken(), Map.of()), 200);
        ok(api.sendRaw("PATCH", "/api/v1/admin/users/" + user.userId() + "/unsuspend", null, admin.accessToken(),
                Map.of()), 200);
        Accounts.Session again = market.brand();
        ok(api.sendRaw("PUT", "/api/v1/profile/update", Api.toJson(Map.of("displayName", "Ada Brands",
                "phone", "+15550100")), again.accessToken(), Map.of()), 200);
        ok(api.sendRaw("DELETE", "/api/v1/account", Api.toJson(Map.of("password", Accounts.PASSWORD)),
                again.accessToken(), Map.of()), 200);

        List<JsonNode> lifecycle = awaitFeed("user", user.userId(), "user.suspended,user.unsuspended", 2);
        assertThat(types(lifecycle)).containsExactly("user.suspended", "user.unsuspended");
        assertThat(lifecycle.get(0).path("data").has("reason")).as("the reason is not published").isFalse();
        List<JsonNode> other = awaitFeed("user", again.userId(), "profile.updated,user.deleted", 2);
        assertThat(types(other)).containsExactly("profile.updated", "user.deleted");
        JsonNode profile = other.get(0).path("data");
        assertThat(profile.path("role").asText()).isEqualTo("BRAND");
        assertThat(profile.toString()).as("no personal field").doesNotContain("5550100").doesNotContain("Ada Brands")
                .doesNotContain("@");
    }

    @Test
    void a_message_is_one_feed_event_without_content_and_a_report_of_it_is_filed() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        Reply conversation = api.get("/api/v1/chat/conversations/" + brand.userId(), creator.accessToken());
        ok(conversation, 200);
        String conversationId = conversation.data().path("id").asText();
        Reply sent = api.post("/api/v1/chat/conversations/" + conversationId + "/messages",
                Map.of("content", "secret words"), creator.accessToken());
        ok(sent, 201);
        String messageId = sent.data().path("id").asText();
        Reply report = api.post("/api/v1/reports", Map.of("targetType", "message", "targetId", messageId,
                "reason", "harassment", "note", "reporter's private note"), brand.accessToken());
        ok(report, 201);

        List<JsonNode> messages = awaitFeed("message", messageId, "message.sent", 1);
        JsonNode filed = awaitFeed("report", report.data().path("id").asText(), "report.filed", 1).get(0);
        assertThat(messages).singleElement().satisfies(e -> {
            assertThat(e.path("subjects").path("conversation").asText()).isEqualTo(conversationId);
            assertThat(e.path("subjects").path("sender").asText()).isEqualTo(creator.userId());
            assertThat(e.path("data").path("type").asText()).isEqualTo("TEXT");
            assertThat(e.path("data").path("sentAt").asText()).isNotBlank();
            assertThat(e.toString()).doesNotContain("secret words");
        });
        assertThat(filed.path("subjects").path("target").asText()).isEqualTo(messageId);
        assertThat(filed.path("subjects").path("author").asText()).isEqualTo(creator.userId());
        assertThat(filed.path("data").path("reason").asText()).isEqualTo("harassment");
        assertThat(filed.toString()).doesNotContain("private note").doesNotContain(brand.userId());
    }

    @Test
    void settled_payouts_are_paid_or_failed_in_the_feed() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        String pkg = market.createPackage(creator, 10_001, "EUR", 0);
        List<String> payouts = List.of(completedPayout(creator, brand, pkg), completedPayout(creator, brand, pkg));
        ok(api.sendRaw("PUT", "/api/v1/payouts/" + payouts.get(0), Api.toJson(Map.of("status", "PAID",
                "note", "wire 42")), admin.accessToken(), Map.of()), 200);
        ok(api.sendRaw("PUT", "/api/v1/payouts/" + payouts.get(1), Api.toJson(Map.of("status", "FAILED",
                "note", "IBAN closed")), admin.accessToken(), Map.of()), 200);

        JsonNode paid = awaitFeed("payout", payouts.get(0), "payout.paid,payout.failed", 1).get(0);
        JsonNode failed = awaitFeed("payout", payouts.get(1), "payout.paid,payout.failed", 1).get(0);
        assertThat(paid.path("type").asText()).isEqualTo("payout.paid");
        assertThat(paid.path("subjects").path("user").asText()).isEqualTo(creator.userId());
        assertThat(paid.path("data").path("amount").asLong()).isEqualTo(9001);
        assertThat(paid.path("data").path("currency").asText()).isEqualTo("EUR");
        assertThat(failed.path("type").asText()).isEqualTo("payout.failed");
        assertThat(failed.toString()).doesNotContain("IBAN closed");
    }

    private String completedPayout(Accounts.Session creator, Accounts.Session brand, String pkg) {
        String id = market.paidOrder(brand, admin, pkg);
        market.expect(creator, id, "accept", "ACCEPTED");
        market.expect(creator, id, "start", "IN_PROGRESS");
        market.expect(creator, id, Market.deliver(UUID.randomUUID().toString()), "DELIVERED");
        market.expect(brand, id, "approve", "COMPLETED");
        Reply ofUser = api.get("/api/v1/payouts/user/" + creator.userId(), admin.accessToken());
        ok(ofUser, 200);
        for (JsonNode payout : ofUser.data().path("items")) {
            if (payout.path("orderId").asText().equals(id)) {
                return payout.path("id").asText();
            }
        }
        throw new AssertionError("no payout of order " + id + " in " + ofUser);
    }

    @Test
    void a_ticket_purchased_and_refunded_is_in_the_feed() {
        var events = new Events(api, new RoleSessions(api, new Inbox(MAIL)));
        Accounts.Session host = events.host();
        Accounts.Session partier = events.partier();
        Map<String, Object> body = Events.body("Ticketed night", 10);
        body.put("capacity", 5);
        String eventId = events.create(host, body);
        Reply bought = api.sendRaw("POST", "/api/v1/events/" + eventId + "/tickets", "", partier.accessToken(),
                Map.of());
        ok(bought, 201);
        String ticketId = bought.data().path("id").asText();
        String tickets = "/api/v1/events/" + eventId + "/tickets/" + ticketId;
        ok(api.post(tickets + "/payment", Map.of(), host.accessToken()), 200);
        ok(api.post(tickets + "/refund", Map.of(), partier.accessToken()), 200);

        List<JsonNode> feed = awaitFeed("ticket", ticketId, "ticket.purchased,ticket.refunded", 2);
        assertThat(types(feed)).containsExactly("ticket.purchased", "ticket.refunded");
        assertThat(feed.get(0).path("subjects").path("event").asText()).isEqualTo(eventId);
        assertThat(feed.get(0).path("subjects").path("user").asText()).isEqualTo(partier.userId());
        assertThat(feed.get(0).path("data").path("amount").asLong()).isEqualTo(bought.data().path("price")
                .path("amount").asLong());
        assertThat(feed.get(0).toString()).doesNotContain(bought.data().path("code").asText());
    }
}
