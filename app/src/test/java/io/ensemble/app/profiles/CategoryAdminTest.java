package io.ensemble.app.profiles;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.ensemble.app.support.Sql;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/v1/admin/categories}: admins extend the managed category list (issue 5 §1). */
@ExtendWith(DropwizardExtensionsSupport.class)
class CategoryAdminTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/admin/categories";

    private static Api api;
    private static Accounts.Session admin;
    private static Accounts.Session member;

    @BeforeAll
    static void sessions() {
        api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        member = accounts.verifiedSession("cat-member");
        Accounts.Session promoted = accounts.verifiedSession("cat-admin");
        Sql.execute("UPDATE users SET role = 'ADMIN' WHERE id = ?", UUID.fromString(promoted.userId()));
        admin = accounts.login(promoted.email(), Accounts.PASSWORD, promoted.userId());
    }

    private static String slug() {
        return "pets-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long rows(String slug) {
        return Sql.count("SELECT count(*) FROM categories WHERE slug = ?", slug);
    }

    @Test
    void an_admin_adds_a_category_that_is_listed_and_usable_at_once() {
        String slug = slug();

        Reply r = api.post(ROUTE, Map.of("slug", "  " + slug.toUpperCase() + " ", "name", " Pets "), admin.accessToken());

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().path("slug").asText()).isEqualTo(slug);
        assertThat(r.data().path("name").asText()).isEqualTo("Pets");
        assertThat(api.get("/api/v1/categories", member.accessToken()).data().findValuesAsText("slug")).contains(slug);
        Reply discovery = api.get("/api/v1/discovery/influencers?categories=" + slug, member.accessToken());
        assertThat(discovery.status()).as("a known category is no longer a 400").isNotEqualTo(400);
        assertThat(ActivityLogs.read(api, admin, "targetType=category&targetId=" + slug)).singleElement()
                .satisfies(e -> {
                    assertThat(e.path("action").asText()).isEqualTo("category_added");
                    assertThat(e.path("actorId").asText()).isEqualTo(admin.userId());
                    assertThat(e.path("requestId").asText()).isNotBlank();
                    assertThat(ActivityLogs.changes(e)).containsExactly("slug: null -> " + slug, "name: null -> Pets");
                });
    }

    @Test
    void other_roles_get_403_and_nothing_is_written() {
        String slug = slug();

        Reply r = api.post(ROUTE, Map.of("slug", slug, "name", "Pets"), member.accessToken());

        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("FORBIDDEN");
        assertThat(rows(slug)).isZero();
        assertThat(api.post(ROUTE, Map.of("slug", slug, "name", "Pets")).status()).isEqualTo(401);
        assertThat(ActivityLogs.read(api, admin, "targetType=category&targetId=" + slug)).isEmpty();
    }

    @Test
    void a_taken_slug_is_409_and_bad_fields_are_400_with_nothing_written() {
        Reply dup = api.post(ROUTE, Map.of("slug", "hair", "name", "Hair again"), admin.accessToken());
        assertThat(dup.status()).as(dup.toString()).isEqualTo(409);
        assertThat(dup.code()).isEqualTo("CATEGORY_EXISTS");
        assertThat(Sql.count("SELECT count(*) FROM categories WHERE slug = 'hair' AND name = 'Hair'")).isEqualTo(1);

        Reply bad = api.post(ROUTE, Map.of("slug", "-Bad slug!", "name", "x".repeat(61)), admin.accessToken());
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.json().path("details").findValuesAsText("field")).containsExactlyInAnyOrder("slug", "name");
        assertThat(api.post(ROUTE, Map.of("name", "No slug"), admin.accessToken()).status()).isEqualTo(400);
        assertThat(Sql.count("SELECT count(*) FROM categories WHERE name IN ('No slug')")).isZero();
        for (String s : List.of("-bad-slug", "bad slug")) {
            assertThat(rows(s)).isZero();
        }
    }
}
