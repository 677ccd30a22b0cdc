package io.ensemble.app.marketplace;

import static io.ensemble.app.marketplace.Market.assertError;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: {@code GET /api/v1/admin/orders} (seeds/002 "Admin Dashboard: order monitoring and
 * dispute resolution") over HTTP on real PostgreSQL: filters, cursor pages, roles, bad input.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminOrderListTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/admin/orders";

    private Api api;
    private Market market;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        market = new Market(api, new RoleSessions(api, new Inbox(MAIL)));
    }

    private static List<String> ids(Reply page) {
        List<String> out = new ArrayList<>();
        page.data().path("items").forEach(o -> out.add(o.path("id").asText()));
        return out;
    }

    private Reply list(Accounts.Session as, String query) {
        return api.get(ROUTE + query, as.accessToken());
    }

    @Test
    void an_admin_filters_every_order_by_status_brand_and_creator_newest_first_in_cursor_pages() {
        Accounts.Session ana = market.creator();
        Accounts.Session ben = market.creator();
        Accounts.Session brand = market.brand();
        Accounts.Session otherBrand = market.brand();
        Accounts.Session admin = market.admin();
        String anaPkg = market.createPackage(ana, 1500, "USD", 1);
        String benPkg = market.createPackage(ben, 2500, "EUR", 0);

        String disputed = market.paidOrder(brand, admin, anaPkg);
        market.expect(ana, disputed, "accept", "ACCEPTED");
        market.expect(brand, disputed, Map.of("action", "dispute", "note", "never delivered"), "DISPUTED");
        String second = market.order(brand, benPkg);
        String third = market.order(brand, anaPkg);
        String foreign = market.order(otherBrand, anaPkg);

        Reply firstPage = list(admin, "?brandId=" + brand.userId() + "&limit=2");
        assertThat(firstPage.status()).as(firstPage.toString()).isEqualTo(200);
        assertThat(ids(firstPage)).containsExactly(third, second);
        String cursor = firstPage.data().path("nextCursor").asText();
        assertThat(cursor).isNotBlank();
        Reply secondPage = list(admin, "?brandId=" + brand.userId() + "&limit=2&cursor=" + cursor);
        assertThat(ids(secondPage)).containsExactly(disputed);
        assertThat(secondPage.data().path("nextCursor").isNull()).isTrue();

        JsonNode dispute = secondPage.data().path("items").get(0);
        assertThat(dispute.path("status").asText()).isEqualTo("DISPUTED");
        assertThat(dispute.path("price").path("amount").asLong()).isEqualTo(1500);
        List<String> allowed = new ArrayList<>();
        dispute.path("allowedActions").forEach(a -> allowed.add(a.asText()));
        assertThat(allowed).containsExactly("resolve");

        assertThat(ids(list(admin, "?creatorId=" + ana.userId()))).containsExactly(foreign, third, disputed);
        assertThat(ids(list(admin, "?creatorId=" + ana.userId() + "&brandId=" + brand.userId())))
                .containsExactly(third, disputed);
        assertThat(ids(list(admin, "?status=disputed&creatorId=" + ana.userId()))).containsExactly(disputed);
        assertThat(ids(list(admin, "?status=PENDING_PAYMENT&brandId=" + brand.userId()))).containsExactly(third, second);
        assertThat(ids(list(admin, "?brandId=" + UUID.randomUUID()))).isEmpty();

        Reply allDisputed = list(admin, "?status=DISPUTED&limit=100");
        assertThat(ids(allDisputed)).contains(disputed);
        allDisputed.data().path("items").forEach(o -> assertThat(o.path("status").asText()).isEqualTo("DISPUTED"));
        Reply everything = list(admin, "");
        assertThat(everything.data().path("items").size()).isBetween(4, 20);
        assertThat(ids(everything).get(0)).isEqualTo(foreign);
    }

    @Test
    void brands_and_creators_get_403_and_anonymous_callers_401() {
        Accounts.Session creator = market.creator();
        Accounts.Session brand = market.brand();
        market.order(brand, market.createPackage(creator, 900, "USD", 0));

        assertError(list(brand, ""), 403, "FORBIDDEN");
        assertError(list(creator, "?brandId=" + brand.userId()), 403, "FORBIDDEN");
        assertError(api.get(ROUTE), 401, "UNAUTHENTICATED");
    }

    @Test
    void bad_status_cursor_ids_or_limit_answer_400_naming_the_field() {
        Accounts.Session admin = market.admin();

        assertField(list(admin, "?status=LOST"), "status");
        assertField(list(admin, "?cursor=not-a-cursor"), "cursor");
        assertField(list(admin, "?brandId=42"), "brandId");
        assertField(list(admin, "?creatorId=" + UUID.randomUUID() + "x"), "creatorId");
        assertField(list(admin, "?limit=ten"), "limit");
    }

    private static void assertField(Reply r, String field) {
        assertError(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("details").get(0).path("field").asText()).as(r.toString()).isEqualTo(field);
    }
}
