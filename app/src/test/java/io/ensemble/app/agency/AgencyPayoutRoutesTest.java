package io.ensemble.app.agency;

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
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: member payouts (issue 22 §1) on the one payouts ledger shared with the marketplace: an admin
 * creates and settles, the member's {@code /ws} gets {@code payout_updated {payoutId, status}} after each commit;
 * members read only their own (another's → 404, admin routes → 403); amount ≤ 0 or an unknown currency → 400
 * naming the field with nothing written; totals per member and period add the marketplace's order payouts,
 * while the marketplace's own queries never see agency rows.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AgencyPayoutRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    static final String PAYOUTS = "/api/v1/agency/payouts";

    private Api api;
    private Accounts.Session admin;
    private Accounts.Session alice;
    private Accounts.Session bob;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        admin = roles.admin();
        alice = roles.of("MEMBER");
        bob = roles.of("MEMBER");
    }

    @Test
    void an_admin_pays_a_member_who_sees_it_live_and_only_their_own() {
        try (WsClient ws = WsClient.connected(APP.getLocalPort(), alice.accessToken())) {
            Reply created = api.post(PAYOUTS, Map.of("userId", alice.userId(), "amount", 125_00, "currency", "usd",
                    "description", "March shoot"), admin.accessToken());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode p = created.data();
            String id = p.path("id").asText();
            assertThat(p.path("amount").asLong()).isEqualTo(125_00);
            assertThat(p.path("currency").asText()).isEqualTo("USD");
            assertThat(p.path("source").asText()).isEqualTo("agency");
            assertThat(p.path("status").asText()).isEqualTo("pending");
            ws.await("payout_updated", f -> f.path("data").path("payoutId").asText().equals(id)
                    && f.path("data").path("status").asText().equals("pending"));

            Reply paid = api.post(PAYOUTS + "/" + id + "/settle", Map.of("status", "paid", "note", "wire 42"),
                    admin.accessToken());
            assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
            assertThat(paid.data().path("status").asText()).isEqualTo("paid");
            ws.await("payout_updated", f -> f.path("data").path("payoutId").asText().equals(id)
                    && f.path("data").path("status").asText().equals("paid"));
            Reply twice = api.post(PAYOUTS + "/" + id + "/settle", Map.of("status", "failed", "note", "x"),
                    admin.accessToken());
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.code()).isEqualTo("PAYOUT_SETTLED");

            assertThat(api.get(PAYOUTS + "/" + id, alice.accessToken()).status()).isEqualTo(200);
            assertThat(api.get(PAYOUTS + "/" + id, bob.accessToken()).status()).isEqualTo(404);
            assertThat(api.get(PAYOUTS, bob.accessToken()).data()).isEmpty();
            assertThat(api.get(PAYOUTS + "?userId=" + alice.userId(), bob.accessToken()).data())
                    .as("a member's userId filter is their own").isEmpty();
            assertThat(api.get(PAYOUTS, alice.accessToken()).data()).hasSize(1);
            assertThat(api.get(PAYOUTS + "?userId=" + alice.userId() + "&status=paid&source=agency",
                    admin.accessToken()).data()).hasSize(1);
            assertThat(api.get(PAYOUTS + "?userId=" + alice.userId() + "&status=pending", admin.accessToken())
                    .data()).isEmpty();
            assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND type = 'PAYOUT_UPDATED'",
                    UUID.fromString(alice.userId()))).isEqualTo(2);
        }
    }

    @Test
    void members_cannot_write_and_bad_input_names_the_field_with_nothing_written() {
        long before = Sql.count("SELECT count(*) FROM payouts");
        assertThat(api.post(PAYOUTS, Map.of("userId", alice.userId(), "amount", 100, "currency", "USD"),
                alice.accessToken()).status()).isEqualTo(403);
        Reply zero = api.post(PAYOUTS, Map.of("userId", alice.userId(), "amount", 0, "currency", "USD"),
                admin.accessToken());
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.invalidFields()).containsExactly("amount");
        assertThat(api.post(PAYOUTS, Map.of("userId", alice.userId(), "amount", -5, "currency", "USD"),
                admin.accessToken()).invalidFields()).containsExactly("amount");
        assertThat(api.post(PAYOUTS, Map.of("userId", alice.userId(), "amount", 100, "currency", "XYZ"),
                admin.accessToken()).invalidFields()).containsExactly("currency");
        assertThat(api.post(PAYOUTS, Map.of("userId", UUID.randomUUID().toString(), "amount", 100, "currency",
                "EUR"), admin.accessToken()).invalidFields()).containsExactly("userId");
        assertThat(Sql.count("SELECT count(*) FROM payouts")).isEqualTo(before);

        String id = api.post(PAYOUTS, Map.of("userId", alice.userId(), "amount", 100, "currency", "EUR"),
                admin.accessToken()).data().path("id").asText();
        assertThat(api.post(PAYOUTS + "/" + id + "/settle", Map.of("status", "failed"), admin.accessToken())
                .invalidFields()).containsExactly("note");
        assertThat(api.post(PAYOUTS + "/" + id + "/settle", Map.of("status", "paid"), alice.accessToken()).status())
                .isEqualTo(403);
        assertThat(api.get(PAYOUTS + "?status=maybe", admin.accessToken()).invalidFields()).containsExactly("status");
        assertThat(api.get(PAYOUTS + "/totals?from=2030-01-01T00:00:00Z", admin.accessToken()).invalidFields())
                .containsExactly("to");
    }

    @Test
    void totals_per_member_and_period_add_the_marketplace_payouts_of_the_same_ledger() {
        UUID brand = UUID.fromString(bob.userId());
        UUID member = UUID.fromString(alice.userId());
        UUID order = order(brand, member);
        Instant now = Instant.now();
        Sql.execute("INSERT INTO payouts (id, user_id, order_id, gross_amount, fee_amount, net_amount, currency,"
                + " status, created_at, updated_at) VALUES (?, ?, ?, 1000, 100, 900, 'USD', 'PENDING', ?, ?)",
                UUID.randomUUID(), member, order, ts(now), ts(now));
        api.post(PAYOUTS, Map.of("userId", alice.userId(), "amount", 5000, "currency", "USD"), admin.accessToken());
        String failed = api.post(PAYOUTS, Map.of("userId", alice.userId(), "amount", 700, "currency", "USD"),
                admin.accessToken()).data().path("id").asText();
        api.post(PAYOUTS + "/" + failed + "/settle", Map.of("status", "failed", "note", "bank refused"),
                admin.accessToken());
        api.post(PAYOUTS, Map.of("userId", alice.userId(), "amount", 300, "currency", "EUR"), admin.accessToken());

        String window = "?from=" + now.minus(Duration.ofHours(1)) + "&to=" + now.plus(Duration.ofHours(1));
        Reply totals = api.get(PAYOUTS + "/totals" + window + "&userId=" + alice.userId(), admin.accessToken());
        assertThat(totals.status()).as(totals.toString()).isEqualTo(200);
        assertThat(totals.data()).hasSize(2);
        JsonNode usd = totals.data().get(1).path("currency").asText().equals("USD") ? totals.data().get(1)
                : totals.data().get(0);
        assertThat(usd.path("pending").asLong()).isEqualTo(5900);
        assertThat(usd.path("failed").asLong()).isEqualTo(700);
        assertThat(usd.path("fromOrders").asLong()).isEqualTo(900);
        assertThat(usd.path("fromAgency").asLong()).isEqualTo(5000);
        assertThat(usd.path("count").asInt()).isEqualTo(3);
        assertThat(api.get(PAYOUTS + "/totals" + window, alice.accessToken()).data()).hasSize(2);
        assertThat(api.get(PAYOUTS + "/totals" + window, bob.accessToken()).data()).as("bob's own: none").isEmpty();
        String earlier = "?from=" + now.minus(Duration.ofDays(3)) + "&to=" + now.minus(Duration.ofDays(2));
        assertThat(api.get(PAYOUTS + "/totals" + earlier, alice.accessToken()).data()).isEmpty();
        assertThat(api.get(PAYOUTS + "?source=order", alice.accessToken()).data()).hasSize(1);

        Reply marketplace = api.get("/api/v1/payouts", alice.accessToken());
        assertThat(marketplace.status()).as(marketplace.toString()).isEqualTo(200);
        assertThat(marketplace.data().path("items")).as("the marketplace's routes see order rows only").hasSize(1);
    }

    private static UUID order(UUID brand, UUID creator) {
        UUID conversation = UUID.randomUUID();
        Instant at = Instant.now();
        Sql.execute("INSERT INTO conversations (id, type, name, last_seq, created_at, updated_at) "
                + "VALUES (?, 'GROUP', 'order', 0, ?, ?)", conversation, ts(at), ts(at));
        UUID id = UUID.randomUUID();
        Sql.execute("INSERT INTO orders (id, brand_id, creator_id, title, price_amount, price_currency, "
                + "revisions_allowed, status, conversation_id, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'Seeded', 1000, 'USD', 1, 'COMPLETED', ?, ?, ?)", id, brand, creator,
                conversation, ts(at), ts(at));
        return id;
    }

    private static OffsetDateTime ts(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
