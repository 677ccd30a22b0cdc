package io.ensemble.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.CapturedSms;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Phone sign-up and login by texted code (issue 23 §1) over HTTP, the codes read from the capturing SMS
 * sender: E.164 normalisation, mobile-only and country allow-list (400, nothing stored), the e-mail
 * codes' rules (wrong code, lock after 5 tries, resend cooldown), the per-number text budget.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PhoneAuthTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("sms.type", "capture"),
            ConfigOverride.config("signIn.smsAllowedCountries", "US,GB,IN"),
            ConfigOverride.config("signIn.smsPerNumberPerHour", "3"),
            ConfigOverride.config("signIn.smsPerAddressPerHour", "1000"));

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
    }

    private Reply signup(String phone, String role) {
        return api.post("/api/v1/auth/phone/signup",
                Map.of("phone", phone, "name", "Priya Creator", "role", role, "termsAccepted", true));
    }

    @Test
    void creator_signs_up_by_phone_verifies_the_texted_code_and_logs_in_again_by_code() {
        String phone = CapturedSms.uniqueUsNumber();
        String typed = "+1 (" + phone.substring(2, 5) + ") " + phone.substring(5, 8) + "-" + phone.substring(8);
        Reply created = signup(typed, "CREATOR");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().path("phone").asText()).isEqualTo(phone);
        assertThat(created.data().path("codeTtlSeconds").asLong()).isEqualTo(600);
        assertThat(CapturedSms.texts(phone)).singleElement().asString().contains("expires in 10 minutes");
        assertThat(Sql.count("SELECT count(*) FROM one_time_codes c JOIN users u ON u.id = c.user_id "
                + "WHERE u.phone = ? AND c.purpose = 'PHONE_CODE' AND c.code_hash <> ?", phone,
                CapturedSms.latestCode(phone))).isEqualTo(1);

        Reply verified = api.post("/api/v1/auth/phone/verify", Map.of("phone", phone, "code", CapturedSms.latestCode(phone)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.data().path("phone").asText()).isEqualTo(phone);
        assertThat(verified.data().path("phoneVerified").asBoolean()).isTrue();
        assertThat(verified.data().path("authProvider").asText()).isEqualTo("phone");
        assertThat(verified.data().path("user").path("role").asText()).isEqualTo("CREATOR");
        String access = verified.data().path("accessToken").asText();
        Reply me = api.get("/api/v1/auth/me", access);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().path("name").asText()).isEqualTo("Priya Creator");
        assertThat(me.data().path("phone").asText()).isEqualTo(phone);
        assertThat(me.data().path("phoneVerified").asBoolean()).isTrue();
        assertThat(me.data().path("authProvider").asText()).isEqualTo("phone");

        Sql.execute("UPDATE one_time_codes SET created_at = created_at - interval '2 minutes' WHERE user_id = "
                + "(SELECT id FROM users WHERE phone = ?)", phone);
        Reply code = api.post("/api/v1/auth/phone/code", Map.of("phone", phone));
        assertThat(code.status()).as(code.toString()).isEqualTo(200);
        assertThat(CapturedSms.texts(phone)).hasSize(2);
        Reply again = api.post("/api/v1/auth/phone/verify", Map.of("phone", phone, "code", CapturedSms.latestCode(phone)));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.data().path("user").path("id").asText()).isEqualTo(verified.data().path("user").path("id").asText());
        assertThat(again.data().path("created").asBoolean()).isFalse();
    }

    @Test
    void invalid_landline_and_disallowed_numbers_are_400_and_nothing_is_stored_or_texted() {
        for (String bad : new String[] {"12345", "+1 415 000 0000", "4155550123", "+44 20 7183 8750", "+33 6 12 34 56 78"}) {
            Reply r = signup(bad, "CREATOR");
            assertThat(r.status()).as(bad + " " + r).isEqualTo(400);
            assertThat(r.invalidFields()).as(bad).containsExactly("phone");
        }
        assertThat(Sql.count("SELECT count(*) FROM users WHERE phone IN ('+442071838750', '+33612345678')")).isZero();
        assertThat(CapturedSms.texts("+33612345678")).isEmpty();

        String phone = CapturedSms.uniqueUsNumber();
        Reply noRole = api.post("/api/v1/auth/phone/signup", Map.of("phone", phone, "name", "X", "termsAccepted", true));
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.invalidFields()).contains("role");
        assertThat(signup(phone, "ADMIN").status()).isEqualTo(400);
        Reply badCode = api.post("/api/v1/auth/phone/verify", Map.of("phone", phone, "code", "12ab"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.invalidFields()).containsExactly("code");
        assertThat(Sql.count("SELECT count(*) FROM users WHERE phone = ?", phone)).isZero();
        assertThat(CapturedSms.texts(phone)).isEmpty();
    }

    @Test
    void a_code_signs_in_only_its_own_number_wrong_codes_lock_and_a_second_signup_is_409() {
        String alice = CapturedSms.uniqueUsNumber();
        String bob = CapturedSms.uniqueUsNumber();
        assertThat(signup(alice, "BRAND").status()).isEqualTo(201);
        assertThat(signup(bob, "CREATOR").status()).isEqualTo(201);
        Reply stolen = api.post("/api/v1/auth/phone/verify", Map.of("phone", bob, "code", CapturedSms.latestCode(alice)));
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.code()).isEqualTo("INVALID_OTP");

        Reply taken = signup(alice, "CREATOR");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("PHONE_TAKEN");

        String right = CapturedSms.latestCode(alice);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(api.post("/api/v1/auth/phone/verify", Map.of("phone", alice, "code", wrong)).code())
                    .isEqualTo("INVALID_OTP");
        }
        assertThat(api.post("/api/v1/auth/phone/verify", Map.of("phone", alice, "code", wrong)).code())
                .isEqualTo("OTP_LOCKED");
        Reply late = api.post("/api/v1/auth/phone/verify", Map.of("phone", alice, "code", right));
        assertThat(late.status()).isEqualTo(400);
        assertThat(Sql.count("SELECT count(*) FROM users WHERE phone = ? AND phone_verified", alice)).isZero();
    }

    @Test
    void resend_waits_for_the_cooldown_and_each_number_gets_a_limited_number_of_texts() {
        String phone = CapturedSms.uniqueUsNumber();
        assertThat(signup(phone, "CREATOR").status()).isEqualTo(201);
        Reply early = api.post("/api/v1/auth/phone/code", Map.of("phone", phone));
        assertThat(early.status()).isEqualTo(429);
        assertThat(early.header("Retry-After")).isNotNull();
        assertThat(CapturedSms.texts(phone)).hasSize(1);

        String unknown = CapturedSms.uniqueUsNumber();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/phone/code", Map.of("phone", unknown)).status()).isEqualTo(200);
        }
        Reply flood = api.post("/api/v1/auth/phone/code", Map.of("phone", unknown));
        assertThat(flood.status()).isEqualTo(429);
        assertThat(CapturedSms.texts(unknown)).isEmpty();
    }
}
