package io.ensemble.app.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code sms: {type: twilio}} against WireMock answering like Twilio's Programmable Messaging API
 * ({@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}, 201 with the Message resource; errors as
 * {@code {code, message, more_info, status}}): the texted code signs in; Twilio down → 503 and neither the
 * account nor a code stored; a number Twilio refuses (21614) → 400.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TwilioSmsTest {
    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";
    private static final int SMTP = FreePort.find();
    private static final int TWILIO_PORT = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    @RegisterExtension
    static final WireMockExtension TWILIO = WireMockExtension.newInstance()
            .options(wireMockConfig().port(TWILIO_PORT)).build();
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("sms.type", "twilio"),
            ConfigOverride.config("sms.accountSid", SID),
            ConfigOverride.config("sms.authToken", "twilio-test-auth-token"),
            ConfigOverride.config("sms.from", "+15005550006"),
            ConfigOverride.config("sms.baseUrl", "http://127.0.0.1:" + TWILIO_PORT));

    private static String message(String to) {
        return """
                {"account_sid": "%s", "api_version": "2010-04-01", "body": "Your Ensemble code is ...",
                 "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null, "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000",
                 "direction": "outbound-api", "error_code": null, "error_message": null, "from": "+15005550006",
                 "messaging_service_sid": null, "num_media": "0", "num_segments": "1", "price": null, "price_unit": null,
                 "sid": "SM1234567890abcdef1234567890abcdef", "status": "queued",
                 "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/SM1234567890abcdef1234567890abcdef/Media.json"},
                 "to": "%s", "uri": "/2010-04-01/Accounts/%s/Messages/SM1234567890abcdef1234567890abcdef.json"}
                """.formatted(SID, SID, to, SID);
    }

    @Test
    void the_code_is_texted_through_twilio_and_signs_in() {
        String phone = CapturedSms.uniqueUsNumber();
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).withRequestBody(containing("To=" + phone.replace("+", "%2B")))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(message(phone))));
        Reply created = api().post("/api/v1/auth/phone/signup",
                Map.of("phone", phone, "name", "Twilio Person", "role", "CREATOR", "termsAccepted", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        List<LoggedRequest> sent = TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Basic " + java.util.Base64.getEncoder()
                        .encodeToString((SID + ":twilio-test-auth-token").getBytes(StandardCharsets.UTF_8))))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("From=%2B15005550006")));
        assertThat(sent).hasSize(1);
        String body = URLDecoder.decode(sent.get(0).getBodyAsString(), StandardCharsets.UTF_8);
        Matcher code = Pattern.compile("Body=Your Ensemble code is (\\d{6})").matcher(body);
        assertThat(code.find()).as(body).isTrue();

        Reply verified = api().post("/api/v1/auth/phone/verify", Map.of("phone", phone, "code", code.group(1)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.data().path("phoneVerified").asBoolean()).isTrue();
    }

    @Test
    void twilio_down_is_503_and_nothing_is_stored() {
        String phone = CapturedSms.uniqueUsNumber();
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).withRequestBody(containing("To=" + phone.replace("+", "%2B")))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 20503, \"message\": \"Service unavailable\", "
                                + "\"more_info\": \"https://www.twilio.com/docs/errors/20503\", \"status\": 503}")));
        Reply r = api().post("/api/v1/auth/phone/signup",
                Map.of("phone", phone, "name", "Down", "role", "CREATOR", "termsAccepted", true));
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(Sql.count("SELECT count(*) FROM users WHERE phone = ?", phone)).isZero();
        assertThat(Sql.count("SELECT count(*) FROM one_time_codes c JOIN users u ON u.id = c.user_id WHERE u.phone = ?",
                phone)).isZero();
    }

    @Test
    void a_number_twilio_refuses_is_400() {
        String phone = CapturedSms.uniqueUsNumber();
        TWILIO.stubFor(post(urlEqualTo(MESSAGES)).withRequestBody(containing("To=" + phone.replace("+", "%2B")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 21614, \"message\": \"'To' number is not a valid mobile number\", "
                                + "\"more_info\": \"https://www.twilio.com/docs/errors/21614\", \"status\": 400}")));
        Reply r = api().post("/api/v1/auth/phone/signup",
                Map.of("phone", phone, "name", "Landline", "role", "CREATOR", "termsAccepted", true));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.invalidFields()).containsExactly("phone");
        assertThat(Sql.count("SELECT count(*) FROM users WHERE phone = ?", phone)).isZero();
    }

    private Api api() {
        return new Api(APP.getLocalPort());
    }
}
