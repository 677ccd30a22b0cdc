package io.ensemble.app.admin;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 20 §3 verification: {@code PATCH /api/v1/admin/users/:userId/verify} {@code {verified}} sets the badge,
 * which shows in profile views and discovery cards, and discovery filters on {@code verified=true|false}; each
 * change is audited; ADMIN only.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdminVerificationTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private static Api api;
    private static AdminRoutes admin;
    private static Accounts.Session root;
    private static Accounts.Session brand;
    private static Accounts.Session starred;
    private static Accounts.Session plain;
    private static String region;

    @BeforeAll
    static void seed() {
        api = new Api(APP.getLocalPort());
        admin = new AdminRoutes(api);
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        root = roles.admin();
        brand = roles.of("BRAND");
        region = "Verifyland-" + UUID.randomUUID().toString().substring(0, 8);
        starred = creator(roles);
        plain = creator(roles);
    }

    private static Accounts.Session creator(RoleSessions roles) {
        Accounts.Session s = roles.of("CREATOR");
        Reply onboard = api.post("/api/v1/onboarding/creator", Map.of("bio", "Creator",
                "categories", List.of("fitness"), "region", region), s.accessToken());
        assertThat(onboard.status()).as(onboard.toString()).isEqualTo(200);
        return s;
    }

    private static List<String> discovered(String verified) {
        String query = "/api/v1/profile/creators?location=" + URLEncoder.encode(region, StandardCharsets.UTF_8)
                + (verified == null ? "" : "&verified=" + verified);
        Reply r = api.get(query, brand.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.data().path("items").forEach(i -> ids.add(i.path("id").asText() + ":" + i.path("verified").asBoolean()));
        return ids;
    }

    @Test
    void a_verified_creator_shows_verified_in_profile_and_discovery_and_the_filter_finds_them() {
        Reply r = admin.patch(starred.userId(), "verify", Map.of("verified", true), root);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("verified").asBoolean()).isTrue();
        assertThat(r.data().path("userId").asText()).isEqualTo(starred.userId());

        Reply profile = api.get("/api/v1/profile/" + starred.userId(), brand.accessToken());
        assertThat(profile.data().path("verified").asBoolean()).as(profile.toString()).isTrue();
        assertThat(discovered("true")).containsExactly(starred.userId() + ":true");
        assertThat(discovered("false")).containsExactly(plain.userId() + ":false");
        assertThat(discovered(null)).containsExactlyInAnyOrder(starred.userId() + ":true", plain.userId() + ":false");
        assertThat(admin.get(AdminRoutes.USERS + "/" + starred.userId(), root).data().path("profile")
                .path("verified").asBoolean()).isTrue();

        List<JsonNode> records = ActivityLogs.read(api, root, "action=user_verified&targetType=user&targetId="
                + starred.userId());
        assertThat(records).singleElement().satisfies(e -> {
            assertThat(e.path("actorId").asText()).isEqualTo(root.userId());
            assertThat(ActivityLogs.changes(e)).containsExactly("verified: false -> true");
        });
        Reply same = admin.patch(starred.userId(), "verify", null, root);
        assertThat(same.status()).as("an empty body verifies; already verified: " + same).isEqualTo(200);
        assertThat(ActivityLogs.read(api, root, "action=user_verified&targetType=user&targetId=" + starred.userId()))
                .as("no change, no record").hasSize(1);
    }

    @Test
    void verified_false_takes_the_badge_away_and_is_audited() {
        Accounts.Session once = creator(new RoleSessions(api, new Inbox(MAIL)));
        assertThat(admin.patch(once.userId(), "verify", Map.of(), root).data().path("verified").asBoolean()).isTrue();
        Reply off = admin.patch(once.userId(), "verify", Map.of("verified", false), root);
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.data().path("verified").asBoolean()).isFalse();
        assertThat(Sql.count("SELECT count(*) FROM profiles WHERE user_id = ? AND verified", UUID.fromString(once.userId())))
                .isZero();
        List<String> changes = new ArrayList<>();
        ActivityLogs.read(api, root, "action=user_verified&targetType=user&targetId=" + once.userId())
                .forEach(e -> changes.addAll(ActivityLogs.changes(e)));
        assertThat(changes).containsExactly("verified: true -> false", "verified: false -> true");
    }

    @Test
    void bad_input_is_400_naming_the_field_and_changes_nothing() {
        Reply body = admin.patch(plain.userId(), "verify", Map.of("verified", "perhaps"), root);
        assertThat(body.status()).as(body.toString()).isEqualTo(400);
        assertThat(body.invalidFields()).containsExactly("verified");
        Reply filter = api.get("/api/v1/profile/creators?verified=perhaps", brand.accessToken());
        assertThat(filter.status()).as(filter.toString()).isEqualTo(400);
        assertThat(filter.invalidFields()).containsExactly("verified");
        Reply discovery = api.get("/api/v1/discovery/creators?verified=1", brand.accessToken());
        assertThat(discovery.invalidFields()).as(discovery.toString()).containsExactly("verified");
        assertThat(Sql.count("SELECT count(*) FROM profiles WHERE user_id = ? AND verified", UUID.fromString(plain.userId())))
                .isZero();
    }

    @Test
    void other_roles_get_403_unknown_users_404_and_admins_cannot_be_verified() {
        Reply forbidden = admin.patch(plain.userId(), "verify", Map.of("verified", true), brand);
        assertThat(forbidden.status()).as(forbidden.toString()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("FORBIDDEN");
        assertThat(Sql.count("SELECT count(*) FROM profiles WHERE user_id = ? AND verified", UUID.fromString(plain.userId())))
                .isZero();
        assertThat(admin.patch(UUID.randomUUID().toString(), "verify", Map.of(), root).status()).isEqualTo(404);
        assertThat(admin.patch("x", "verify", Map.of(), root).status()).isEqualTo(404);
        Reply self = admin.patch(root.userId(), "verify", Map.of(), root);
        assertThat(self.status()).as(self.toString()).isEqualTo(409);
        assertThat(self.code()).isEqualTo("NOT_VERIFIABLE");
    }
}
