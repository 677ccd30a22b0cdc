package io.ensemble.app.profiles;

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
import io.ensemble.app.support.Sql;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 23 §5: the seeds/002 profile fields through {@code /api/v1/profile/details} and the package content length. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProfileDetailsRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private RoleSessions roles;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
    }

    private static long rows(Accounts.Session who) {
        return Sql.count("SELECT count(*) FROM profile_details WHERE user_id = ?", UUID.fromString(who.userId()));
    }

    private Reply put(Accounts.Session who, Map<String, Object> body) {
        return api.sendRaw("PUT", "/api/v1/profile/details", Api.toJson(body), who.accessToken(), Map.of());
    }

    @Test
    void a_creator_sets_the_person_fields_and_reads_them_back_with_age_status_and_presence() {
        Accounts.Session creator = roles.of("CREATOR");
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Asha");
        body.put("lastName", "Rao");
        body.put("coverImage", "https://cdn.example.com/cover.jpg");
        body.put("timezone", "Asia/Kolkata");
        body.put("language", "en-in");
        body.put("gender", "female");
        body.put("dateOfBirth", "2000-01-15");
        body.put("onboardingStep", 2);
        body.put("pincode", "560001");
        Reply r = put(creator, body);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode d = r.data();
        assertThat(d.path("firstName").asText()).isEqualTo("Asha");
        assertThat(d.path("language").asText()).isEqualTo("en-IN");
        assertThat(d.path("timezone").asText()).isEqualTo("Asia/Kolkata");
        assertThat(d.path("dateOfBirth").asText()).isEqualTo("2000-01-15");
        assertThat(d.path("age").asInt()).isEqualTo(
                Period.between(LocalDate.of(2000, 1, 15), LocalDate.now(ZoneOffset.UTC)).getYears());
        assertThat(d.path("status").asText()).isEqualTo("pending");
        assertThat(d.path("isOnline").asBoolean(true)).isFalse();
        assertThat(d.path("onboardingStep").asInt()).isEqualTo(2);

        Reply read = api.get("/api/v1/profile/details", creator.accessToken());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.data().path("pincode").asText()).isEqualTo("560001");
        assertThat(read.data().path("coverImage").asText()).isEqualTo("https://cdn.example.com/cover.jpg");

        Reply cleared = put(creator, Map.of("dateOfBirth", "", "lastName", ""));
        assertThat(cleared.data().has("age")).isFalse();
        assertThat(cleared.data().path("lastName").asText()).isEmpty();
        assertThat(cleared.data().path("firstName").asText()).isEqualTo("Asha");
    }

    @Test
    void a_brand_sets_industries_role_and_business_type() {
        Accounts.Session brand = roles.of("BRAND");
        Reply r = put(brand, Map.of("industries", List.of("Fashion", "Beauty", "Fashion"),
                "roleInOrganisation", "Marketing lead", "businessType", "Startup"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("industries").toString()).isEqualTo("[\"Fashion\",\"Beauty\"]");
        assertThat(r.data().path("roleInOrganisation").asText()).isEqualTo("Marketing lead");
        assertThat(Sql.count("SELECT count(*) FROM profile_details WHERE user_id = ? AND business_type = 'Startup'",
                UUID.fromString(brand.userId()))).isEqualTo(1);
    }

    @Test
    void brand_fields_from_a_creator_and_calls_without_a_token_are_refused() {
        Accounts.Session creator = roles.of("CREATOR");
        Reply r = put(creator, Map.of("industries", List.of("Fashion"), "firstName", "Asha"));
        assertError(r, 400, "VALIDATION_FAILED");
        assertThat(r.invalidFields()).containsExactly("industries");
        assertThat(rows(creator)).isZero();

        Reply anonymous = api.get("/api/v1/profile/details");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void under_13_a_bad_timezone_language_or_pincode_are_400_and_nothing_is_written() {
        Accounts.Session creator = roles.of("CREATOR");
        String tooYoung = LocalDate.now(ZoneOffset.UTC).minusYears(12).toString();
        Reply young = put(creator, Map.of("dateOfBirth", tooYoung, "firstName", "Kid"));
        assertError(young, 400, "VALIDATION_FAILED");
        assertThat(young.invalidFields()).containsExactly("dateOfBirth");

        Reply bad = put(creator, Map.of("timezone", "+02:00", "language", "english!", "pincode", "#1",
                "gender", "robot", "onboardingStep", 99, "dateOfBirth", "15/01/2000"));
        assertError(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.invalidFields()).contains("timezone", "language", "pincode", "gender", "onboardingStep",
                "dateOfBirth");
        assertThat(rows(creator)).isZero();
    }

    @Test
    void a_package_keeps_its_content_length_beside_the_delivery_time() {
        Accounts.Session creator = roles.of("CREATOR");
        Map<String, Object> body = new HashMap<>(Map.of("title", "Reel", "platform", "instagram",
                "contentType", "reel", "quantity", 1, "revisions", 1, "durationDays", 5,
                "price", Map.of("amount", 5000, "currency", "USD"), "description", ""));
        body.put("contentDurationSeconds", 45);
        Reply r = api.post("/api/v1/packages", body, creator.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.data().path("contentDurationSeconds").asInt()).isEqualTo(45);
        assertThat(r.data().path("durationDays").asInt()).isEqualTo(5);

        body.remove("contentDurationSeconds");
        Reply plain = api.post("/api/v1/packages", body, creator.accessToken());
        assertThat(plain.data().has("contentDurationSeconds")).isFalse();

        body.put("contentDurationSeconds", 0);
        Reply bad = api.post("/api/v1/packages", body, creator.accessToken());
        assertError(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.invalidFields()).containsExactly("contentDurationSeconds");
        assertThat(Sql.count("SELECT count(*) FROM packages WHERE creator_id = ?", UUID.fromString(creator.userId())))
                .isEqualTo(2);
    }
}
