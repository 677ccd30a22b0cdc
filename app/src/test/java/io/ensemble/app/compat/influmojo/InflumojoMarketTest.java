package io.ensemble.app.compat.influmojo;

import static io.ensemble.app.compat.influmojo.InflumojoClient.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.marketplace.Market;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seeds/002 §Package Management and §Order Processing Endpoints under {@code CLIENT_PROFILE=influmojo} (issue 23 §6). */
@ExtendWith(DropwizardExtensionsSupport.class)
class InflumojoMarketTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = InflumojoClient.app(SMTP);

    private Api api;
    private RoleSessions roles;
    private InflumojoClient client;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
        client = new InflumojoClient(api);
    }

    @Test
    void a_creator_creates_a_package_with_the_seed_fields() {
        Accounts.Session creator = roles.of("CREATOR");
        Reply r = api.post("/packages/create", InflumojoClient.reel(), creator.accessToken());

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode p = r.data();
        assertThat(p.path("creator_id").asText()).isEqualTo(creator.userId());
        assertThat(p.path("content_type").asText()).isEqualTo("reel");
        assertThat(p.path("platform").asText()).isEqualTo("instagram");
        assertThat(p.path("is_active").asBoolean()).isTrue();
        assertThat(p.path("price").decimalValue()).isEqualByComparingTo("149.99");
        assertThat(p.path("duration").asText()).isEqualTo("30");
        assertThat(p.path("delivery_days").asInt()).isEqualTo(7);
        assertThat(Sql.count("SELECT count(*) FROM packages WHERE id = ?::uuid AND price_amount = 14999 "
                + "AND content_seconds = 30", p.path("id").asText())).isEqualTo(1);

        Reply camel = api.post("/packages/create", Map.of("platform", "YouTube", "contentType", "Short",
                "quantity", 1, "price", 20, "duration", "2 min", "deliveryDays", 3), creator.accessToken());
        assertThat(camel.status()).as(camel.toString()).isEqualTo(201);
        assertThat(camel.data().path("content_type").asText()).isEqualTo("short");
        assertThat(camel.data().path("duration").asText()).isEqualTo("120");
        assertThat(camel.data().path("delivery_days").asInt()).isEqualTo(3);
    }

    @Test
    void only_creators_create_packages_and_bad_fields_are_named_in_the_seed_spelling() {
        Accounts.Session brand = roles.of("BRAND");
        assertError(api.post("/packages/create", InflumojoClient.reel(), brand.accessToken()), 403);
        assertError(api.post("/packages/create", InflumojoClient.reel()), 401);

        Accounts.Session creator = roles.of("CREATOR");
        Map<String, Object> bad = InflumojoClient.reel();
        bad.remove("content_type");
        bad.put("price", 1.999);
        Reply r = api.post("/packages/create", bad, creator.accessToken());
        assertError(r, 400);
        assertThat(r.json().path("error").asText()).contains("price");
        Map<String, Object> noType = InflumojoClient.reel();
        noType.remove("content_type");
        noType.put("duration", "forever");
        Reply r2 = api.post("/packages/create", noType, creator.accessToken());
        assertError(r2, 400);
        assertThat(r2.json().path("error").asText()).contains("duration");
        noType.put("duration", "30");
        Reply r3 = api.post("/packages/create", noType, creator.accessToken());
        assertError(r3, 400);
        assertThat(r3.json().path("error").asText()).contains("content_type");
        assertThat(Sql.count("SELECT count(*) FROM packages WHERE creator_id = ?", UUID.fromString(creator.userId())))
                .isZero();
    }

    @Test
    void a_creators_portfolio_lists_packages_pricing_reviews_and_order_count() {
        Accounts.Session creator = roles.of("CREATOR");
        client.createPackage(creator);
        api.post("/packages/create", Map.of("platform", "TikTok", "content_type", "Video", "quantity", 1,
                "price", 49.5), creator.accessToken());
        Accounts.Session brand = roles.of("BRAND");

        Reply r = api.get("/packages/creator/" + creator.userId(), brand.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("packages").size()).isEqualTo(2);
        assertThat(r.data().path("pricing").path("min_price").decimalValue()).isEqualByComparingTo("49.50");
        assertThat(r.data().path("pricing").path("max_price").decimalValue()).isEqualByComparingTo("149.99");
        assertThat(r.data().path("reviews").isArray()).isTrue();
        assertThat(r.data().path("order_count").asInt()).isZero();

        assertError(api.get("/packages/creator/" + brand.userId(), creator.accessToken()), 404);
        assertError(api.get("/packages/creator/" + UUID.randomUUID(), brand.accessToken()), 404);
        assertError(api.get("/packages/creator/" + creator.userId()), 401);
        assertError(api.get("/packages/creator/not-an-id", brand.accessToken()), 404);
    }

    @Test
    void a_brand_orders_a_package_and_its_payment_starts() {
        Accounts.Session creator = roles.of("CREATOR");
        String packageId = client.createPackage(creator);
        Accounts.Session brand = roles.of("BRAND");

        Reply r = client.order(brand, packageId);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode o = r.data();
        assertThat(o.path("status").asText()).isEqualTo("pending");
        assertThat(o.path("brand_id").asText()).isEqualTo(brand.userId());
        assertThat(o.path("creator_id").asText()).isEqualTo(creator.userId());
        assertThat(o.path("package_id").asText()).isEqualTo(packageId);
        assertThat(o.path("total_amount").decimalValue()).isEqualByComparingTo("149.99");
        assertThat(o.path("deadline").asText()).isEqualTo("2026-12-31");
        assertThat(o.path("payment").path("status").asText()).isEqualTo("pending");
        assertThat(o.path("allowed_statuses").toString()).contains("cancelled");
        assertThat(Sql.count("SELECT count(*) FROM payments WHERE order_id = ?::uuid", o.path("id").asText()))
                .isEqualTo(1);
    }

    @Test
    void only_brands_order_and_a_missing_or_unknown_package_is_refused() {
        Accounts.Session creator = roles.of("CREATOR");
        String packageId = client.createPackage(creator);
        assertError(client.order(creator, packageId), 403);
        Accounts.Session brand = roles.of("BRAND");
        Reply missing = api.post("/orders/create", Map.of("requirements", "x"), brand.accessToken());
        assertError(missing, 400);
        assertThat(missing.json().path("error").asText()).contains("package_id");
        assertError(client.order(brand, UUID.randomUUID().toString()), 404);
        assertError(api.sendRaw("POST", "/orders/create", "{\"package_id\": ", brand.accessToken(), Map.of()), 400);
        assertThat(Sql.count("SELECT count(*) FROM orders WHERE brand_id = ?", UUID.fromString(brand.userId())))
                .isZero();
    }

    @Test
    void the_status_moves_through_the_orders_actions_and_an_illegal_one_is_409_naming_the_allowed() {
        Accounts.Session creator = roles.of("CREATOR");
        String packageId = client.createPackage(creator);
        Accounts.Session brand = roles.of("BRAND");
        String orderId = client.order(brand, packageId).data().path("id").asText();

        Reply early = client.status(creator, orderId, Map.of("status", "accepted"));
        assertError(early, 409);
        assertThat(early.json().path("error").asText()).contains("pending").contains("allowed now: cancelled");

        Accounts.Session admin = roles.admin();
        new Market(api, roles).expect(admin, orderId, "record_payment", "PAID");
        Reply accepted = client.status(creator, orderId, Map.of("status", "accepted"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.data().path("status").asText()).isEqualTo("accepted");
        Reply started = client.status(creator, orderId, Map.of("status", "in_progress"));
        assertThat(started.data().path("status").asText()).isEqualTo("in_progress");
        Reply delivered = client.status(creator, orderId, Map.of("status", "delivered",
                "deliverables", List.of("https://instagram.com/p/abc")));
        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
        Reply completed = client.status(brand, orderId, Map.of("status", "completed"));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.data().path("status").asText()).isEqualTo("completed");
        assertThat(completed.data().path("allowed_statuses").isEmpty()).isTrue();
    }

    @Test
    void strangers_get_404_and_an_unknown_status_is_400() {
        Accounts.Session creator = roles.of("CREATOR");
        String packageId = client.createPackage(creator);
        Accounts.Session brand = roles.of("BRAND");
        String orderId = client.order(brand, packageId).data().path("id").asText();

        assertError(client.status(roles.of("BRAND"), orderId, Map.of("status", "cancelled")), 404);
        Reply unknown = client.status(brand, orderId, Map.of("status", "shipped"));
        assertError(unknown, 400);
        assertThat(unknown.json().path("error").asText()).contains("status");
        assertThat(Sql.count("SELECT count(*) FROM orders WHERE id = ?::uuid AND status = 'PENDING_PAYMENT'", orderId))
                .isEqualTo(1);
        Reply cancelled = client.status(brand, orderId, Map.of("status", "cancelled"));
        assertThat(cancelled.data().path("status").asText()).as(cancelled.toString()).isEqualTo("cancelled");
    }
}
