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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End-to-end: creator packages (issue 8 §1) over HTTP on real PostgreSQL. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PackageRoutesTest {
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

    private static long packagesOf(Accounts.Session s) {
        return Sql.count("SELECT count(*) FROM packages WHERE creator_id = ?", UUID.fromString(s.userId()));
    }

    @Test
    void creator_creates_a_package_and_anyone_lists_it_with_the_exact_amount() {
        Accounts.Session creator = market.creator();
        Reply created = api.post("/api/v1/packages", Market.packageBody(1999, "usd", 2), creator.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().path("price").path("amount").asLong()).isEqualTo(1999);
        assertThat(created.data().path("price").path("currency").asText()).isEqualTo("USD");
        assertThat(created.data().path("platform").asText()).isEqualTo("instagram");
        assertThat(created.data().path("creatorId").asText()).isEqualTo(creator.userId());

        Reply listed = api.get("/api/v1/packages/creator/" + creator.userId());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.data()).hasSize(1);
        assertThat(listed.data().get(0).path("id").asText()).isEqualTo(created.data().path("id").asText());
        assertThat(listed.data().get(0).path("price").path("amount").asLong()).isEqualTo(1999);
        assertThat(listed.data().get(0).path("revisions").asInt()).isEqualTo(2);
    }

    @Test
    void large_amounts_and_zero_decimal_currencies_round_trip_exactly() {
        Accounts.Session creator = market.creator();
        long big = 9_007_199_254_740_993L;
        String id = market.createPackage(creator, big, "JPY", 0);
        Reply listed = api.get("/api/v1/packages/creator/" + creator.userId());
        assertThat(listed.data().get(0).path("id").asText()).isEqualTo(id);
        assertThat(listed.raw()).contains("\"amount\":" + big);
        assertThat(listed.data().get(0).path("price").path("currency").asText()).isEqualTo("JPY");
    }

    @Test
    void owner_updates_and_deactivates_and_the_package_leaves_the_list() {
        Accounts.Session creator = market.creator();
        String id = market.createPackage(creator, 5000, "EUR", 1);
        Map<String, Object> body = Market.packageBody(7500, "EUR", 3);
        body.put("title", "Five reels");
        Reply updated = api.sendRaw("PUT", "/api/v1/packages/" + id, Api.toJson(body), creator.accessToken(), Map.of());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.data().path("title").asText()).isEqualTo("Five reels");
        assertThat(updated.data().path("price").path("amount").asLong()).isEqualTo(7500);

        Reply deleted = api.sendRaw("DELETE", "/api/v1/packages/" + id, null, creator.accessToken(), Map.of());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/packages/creator/" + creator.userId()).data()).isEmpty();
        assertThat(Sql.count("SELECT count(*) FROM packages WHERE id = ? AND NOT active", UUID.fromString(id)))
                .isEqualTo(1);
        assertError(api.sendRaw("DELETE", "/api/v1/packages/" + id, null, creator.accessToken(), Map.of()),
                404, "NOT_FOUND");
    }

    @Test
    void another_creators_package_is_not_found_and_stays_unchanged() {
        Accounts.Session owner = market.creator();
        Accounts.Session other = market.creator();
        String id = market.createPackage(owner, 5000, "USD", 1);
        assertError(api.sendRaw("PUT", "/api/v1/packages/" + id, Api.toJson(Market.packageBody(1, "USD", 0)),
                other.accessToken(), Map.of()), 404, "NOT_FOUND");
        assertError(api.sendRaw("DELETE", "/api/v1/packages/" + id, null, other.accessToken(), Map.of()),
                404, "NOT_FOUND");
        Reply listed = api.get("/api/v1/packages/creator/" + owner.userId());
        assertThat(listed.data().get(0).path("price").path("amount").asLong()).isEqualTo(5000);
    }

    @Test
    void only_creators_offer_packages_and_a_token_is_needed() {
        Accounts.Session brand = market.brand();
        assertError(api.post("/api/v1/packages", Market.packageBody(1000, "USD", 1), brand.accessToken()),
                403, "FORBIDDEN");
        assertThat(packagesOf(brand)).isZero();
        assertThat(api.post("/api/v1/packages", Market.packageBody(1000, "USD", 1)).status()).isEqualTo(401);
    }

    @Test
    void bad_prices_and_fields_are_rejected_naming_each_field_and_nothing_is_written() {
        Accounts.Session creator = market.creator();
        for (Map<String, Object> price : List.<Map<String, Object>>of(Map.of("amount", 0, "currency", "USD"),
                Map.of("amount", -100, "currency", "USD"), Map.of("amount", 100, "currency", "XYZ"),
                Map.of("amount", 100, "currency", "dollars"), Map.of("currency", "USD"))) {
            Map<String, Object> body = Market.packageBody(1, "USD", 1);
            body.put("price", price);
            Reply r = api.post("/api/v1/packages", body, creator.accessToken());
            assertError(r, 400, "VALIDATION_FAILED");
            assertThat(r.json().path("details").toString()).as(price.toString()).contains("price.");
        }
        Map<String, Object> missing = Market.packageBody(100, "USD", 1);
        missing.remove("title");
        missing.put("quantity", 0);
        missing.put("revisions", -1);
        Reply r = api.post("/api/v1/packages", missing, creator.accessToken());
        assertError(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("details").findValuesAsText("field"))
                .contains("title", "quantity", "revisions");
        String fractional = Api.toJson(Market.packageBody(100, "USD", 1)).replace("\"amount\":100", "\"amount\":19.99");
        assertThat(api.post("/api/v1/packages", fractional, creator.accessToken()).status()).isEqualTo(400);
        assertThat(packagesOf(creator)).isZero();
        assertError(api.get("/api/v1/packages/creator/not-a-uuid"), 404, "NOT_FOUND");
    }
}
