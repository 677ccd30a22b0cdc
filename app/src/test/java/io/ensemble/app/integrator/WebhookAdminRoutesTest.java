package io.ensemble.app.integrator;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 26 §2 end to end with the production address policy (https only, public addresses only):
 * registering, listing, changing, disabling, rotating and deleting webhook endpoints; the SSRF guard
 * (plain http, credentials, loopback, private, link-local and metadata addresses → 400 naming url);
 * admins only; unknown ids → 404; nothing written on bad input; every change audited.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebhookAdminRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    /** A public address literal (TEST-NET ranges are refused, so a real public one that is never called). */
    private static final String PUBLIC_URL = "https://1.1.1.1/ensemble-hooks";

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

    @AfterAll
    static void forgetEndpoints() {
        Sql.execute("DELETE FROM webhook_endpoints WHERE url = ?", PUBLIC_URL);
    }

    private Reply post(Accounts.Session as, Object body) {
        return api.post(Integrators.HOOKS, body, as.accessToken());
    }

    private Reply patch(Accounts.Session as, String id, Object body) {
        return api.sendRaw("PATCH", Integrators.HOOKS + "/" + id, Api.toJson(body), as.accessToken(), Map.of());
    }

    /** The stored secret is a Tink ciphertext ({@code enc:v1:}), never the plaintext (issue 26 §2). */
    private static void assertSealedAtRest(String id, String secret) {
        assertThat(Sql.count("SELECT count(*) FROM webhook_endpoints WHERE id = ? AND secret LIKE 'enc:v1:%'"
                + " AND strpos(secret, ?) = 0", UUID.fromString(id), secret)).isEqualTo(1);
    }

    @Test
    void an_admin_registers_lists_changes_disables_rotates_and_deletes_an_endpoint() {
        JsonNode created = integrators.register(admin, PUBLIC_URL, List.of("order.placed"));
        String id = created.path("id").asText();
        String secret = created.path("secret").asText();
        assertThat(secret).startsWith("whsec_");
        assertSealedAtRest(id, secret);
        assertThat(created.path("enabled").asBoolean()).isTrue();
        assertThat(created.path("types")).hasSize(1);

        Reply list = api.get(Integrators.HOOKS, admin.accessToken());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw()).contains(id).doesNotContain(secret);
        Reply one = api.get(Integrators.HOOKS + "/" + id, admin.accessToken());
        assertThat(one.data().path("secret").isNull()).isTrue();

        Reply changed = patch(admin, id, Map.of("types", List.of("*"), "description", "everything", "enabled", false));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data().path("enabled").asBoolean()).isFalse();
        assertThat(changed.data().path("disabledReason").asText()).isEqualTo("disabled by an admin");
        assertThat(changed.data().path("types").get(0).asText()).isEqualTo("*");
        Reply enabled = patch(admin, id, Map.of("enabled", true));
        assertThat(enabled.data().path("enabled").asBoolean()).isTrue();
        assertThat(enabled.data().path("disabledReason").isNull()).isTrue();

        Reply rotated = api.post(Integrators.HOOKS + "/" + id + "/rotate-secret", null, admin.accessToken());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.data().path("secret").asText()).startsWith("whsec_").isNotEqualTo(secret);
        assertSealedAtRest(id, rotated.data().path("secret").asText());

        Reply deliveries = api.get(Integrators.HOOKS + "/" + id + "/deliveries", admin.accessToken());
        assertThat(deliveries.status()).isEqualTo(200);
        assertThat(deliveries.data().path("items").isArray()).isTrue();

        Reply deleted = api.sendRaw("DELETE", Integrators.HOOKS + "/" + id, null, admin.accessToken(), Map.of());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        Market.assertError(api.get(Integrators.HOOKS + "/" + id, admin.accessToken()), 404, "NOT_FOUND");
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE target_type = 'webhook_endpoint'"
                + " AND target_id = ? AND action IN ('webhook_created', 'webhook_updated', 'webhook_secret_rotated',"
                + " 'webhook_deleted')", id)).isEqualTo(5);
    }

    @Test
    void urls_that_are_not_https_carry_credentials_or_reach_refused_addresses_are_400_and_nothing_is_written() {
        for (String url : List.of("http://1.1.1.1/hooks", "https://user:pass@1.1.1.1/hooks", "https://127.0.0.1/hooks",
                "https://10.0.0.7/hooks", "https://192.168.1.2/hooks", "https://169.254.169.254/latest/meta-data",
                "https://[fe80::1]/hooks", "https://[::1]/hooks", "ftp://1.1.1.1/hooks", "not a url", "https://")) {
            Reply r = post(admin, Map.of("url", url, "types", List.of("order.placed")));
            Market.assertError(r, 400, "VALIDATION_FAILED");
            assertThat(r.invalidFields()).as(url).containsExactly("url");
        }
        Reply noTypes = post(admin, Map.of("url", PUBLIC_URL, "types", List.of()));
        assertThat(noTypes.invalidFields()).containsExactly("types");
        Reply unknownType = post(admin, Map.of("url", PUBLIC_URL, "types", List.of("order.shipped")));
        assertThat(unknownType.invalidFields()).containsExactly("types");
        Reply longText = post(admin, Map.of("url", PUBLIC_URL, "types", List.of("order.placed"), "description",
                "x".repeat(501)));
        assertThat(longText.invalidFields()).containsExactly("description");
        assertThat(Sql.count("SELECT count(*) FROM webhook_endpoints WHERE created_by = ?",
                UUID.fromString(admin.userId()))).isZero();
    }

    @Test
    void only_admins_manage_endpoints_and_unknown_ids_are_404() {
        String id = integrators.register(admin, PUBLIC_URL, List.of("user.created")).path("id").asText();
        Accounts.Session brand = market.brand();
        Market.assertError(post(brand, Map.of("url", PUBLIC_URL, "types", List.of("order.placed"))), 403, "FORBIDDEN");
        Market.assertError(api.get(Integrators.HOOKS, brand.accessToken()), 403, "FORBIDDEN");
        Market.assertError(patch(brand, id, Map.of("enabled", false)), 403, "FORBIDDEN");
        Market.assertError(api.post(Integrators.HOOKS + "/" + id + "/rotate-secret", null, brand.accessToken()), 403,
                "FORBIDDEN");
        Market.assertError(api.sendRaw("DELETE", Integrators.HOOKS + "/" + id, null, brand.accessToken(), Map.of()),
                403, "FORBIDDEN");
        Market.assertError(api.get(Integrators.HOOKS + "/" + id + "/deliveries", brand.accessToken()), 403,
                "FORBIDDEN");
        String key = integrators.key(admin, "events:read", "orders:read", "users:read");
        Market.assertError(api.get(Integrators.HOOKS, key), 403, "API_KEY_SCOPE");
        assertThat(api.get(Integrators.HOOKS + "/" + id, admin.accessToken()).data().path("enabled").asBoolean())
                .isTrue();

        String unknown = UUID.randomUUID().toString();
        Market.assertError(api.get(Integrators.HOOKS + "/" + unknown, admin.accessToken()), 404, "NOT_FOUND");
        Market.assertError(patch(admin, unknown, Map.of("enabled", false)), 404, "NOT_FOUND");
        Market.assertError(api.post(Integrators.HOOKS + "/" + unknown + "/rotate-secret", null, admin.accessToken()),
                404, "NOT_FOUND");
        Market.assertError(api.sendRaw("DELETE", Integrators.HOOKS + "/" + unknown, null, admin.accessToken(),
                Map.of()), 404, "NOT_FOUND");
        Market.assertError(api.get(Integrators.HOOKS + "/" + unknown + "/deliveries", admin.accessToken()), 404,
                "NOT_FOUND");
        Market.assertError(api.get(Integrators.HOOKS + "/not-a-uuid", admin.accessToken()), 404, "NOT_FOUND");
    }
}
