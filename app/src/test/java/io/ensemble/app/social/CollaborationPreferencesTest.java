package io.ensemble.app.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts.Session;
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

/**
 * Seeds/004's {@code preferences}, {@code location.country} and {@code rizzScore}: stored through
 * seeds/002's {@code POST /api/v1/profile/update-preferences} and returned by the seed-004 sync answer.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CollaborationPreferencesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String ROUTE = "/api/v1/profile/update-preferences";

    private Api api;
    private RoleSessions accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new RoleSessions(api, new Inbox(MAIL));
    }

    private Session creator() {
        Session s = accounts.of("CREATOR");
        Reply r = api.post("/api/v1/onboarding/creator", Map.of("bio", "Hi", "categories", List.of("music"),
                "region", "Delhi", "city", "Delhi"), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return s;
    }

    private static long rows(Session s) {
        return Sql.count("SELECT count(*) FROM collaboration_preferences WHERE user_id = ?", UUID.fromString(s.userId()));
    }

    @Test
    void stored_preferences_country_and_rizz_score_come_back_in_the_seed_004_sync_answer() {
        Session s = creator();
        Session other = creator();

        Reply saved = api.post(ROUTE, Map.of("audienceSize", Map.of("min", 1000, "max", 50000),
                "budget", Map.of("max", 2500), "collaborationTypes", List.of("sponsored-post", " unboxing "),
                "locations", List.of("Delhi", "Mumbai"), "country", "India"), s.accessToken());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.data().toString()).isEqualTo("{\"preferences\":{\"audienceSize\":{\"min\":1000,\"max\":50000},"
                + "\"budget\":{\"min\":0,\"max\":2500},\"collaborationTypes\":[\"sponsored-post\",\"unboxing\"],"
                + "\"locations\":[\"Delhi\",\"Mumbai\"]},\"location\":{\"country\":\"India\"},\"rizzScore\":0}");
        Sql.execute("UPDATE collaboration_preferences SET rizz_score = 79 WHERE user_id = ?", UUID.fromString(s.userId()));
        api.post(ROUTE, Map.of("locations", List.of("Delhi")), s.accessToken());

        Reply sync = api.sendRaw("POST", "/api/v1/profiles/social-sync/tiktok", "{\"followers\":1000}", s.accessToken(),
                Map.of());
        assertThat(sync.status()).as(sync.toString()).isEqualTo(200);
        assertThat(sync.raw()).contains("\"preferences\":{\"audienceSize\":{\"min\":1000,\"max\":50000},"
                + "\"budget\":{\"min\":0,\"max\":2500},\"collaborationTypes\":[\"sponsored-post\",\"unboxing\"],"
                + "\"locations\":[\"Delhi\"]},\"location\":{\"city\":\"Delhi\",\"state\":\"Delhi\",\"country\":\"India\"}")
                .contains("\"rizzScore\":79");
        Reply others = api.sendRaw("POST", "/api/v1/profiles/social-sync/tiktok", "{\"followers\":5}",
                other.accessToken(), Map.of());
        assertThat(others.raw()).contains("\"country\":\"\"").contains("\"rizzScore\":0")
                .contains("\"audienceSize\":{\"min\":0,\"max\":1000000}");
        assertThat(api.get(ROUTE, s.accessToken()).data().path("rizzScore").asInt()).isEqualTo(79);
        assertThat(rows(other)).isZero();
    }

    @Test
    void bad_fields_are_400_naming_them_and_nothing_is_written() {
        Session s = creator();

        Reply r = api.post(ROUTE, Map.of("audienceSize", Map.of("min", -1), "locations", List.of(""),
                "country", "x".repeat(61)), s.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("audienceSize.min", "locations", "country");
        Reply inverted = api.post(ROUTE, Map.of("budget", Map.of("min", 20000)), s.accessToken());
        assertThat(inverted.status()).as(inverted.toString()).isEqualTo(400);
        assertThat(inverted.json().path("details").findValuesAsText("field")).containsExactly("budget.max");
        assertThat(api.post(ROUTE, Map.of(), s.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(ROUTE, Map.of("rizzScore", 100), s.accessToken()).status()).isEqualTo(400);
        assertThat(rows(s)).isZero();
    }

    @Test
    void a_token_is_required() {
        assertThat(api.post(ROUTE, Map.of("country", "India")).status()).isEqualTo(401);
        assertThat(api.get(ROUTE).status()).isEqualTo(401);
    }
}
