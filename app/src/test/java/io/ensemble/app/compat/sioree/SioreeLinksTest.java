package io.ensemble.app.compat.sioree;

import static io.ensemble.app.compat.sioree.SioreeClient.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.social.FakeProviders;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Multipart;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.TestImages;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeds/000 §Bank Account, §Social Media OAuth and §Media Upload Endpoints under
 * {@code CLIENT_PROFILE=sioree} (issue 21 §4): the sandbox bank, WireMock-faked OAuth providers, real uploads.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SioreeLinksTest {
    private static final int SMTP = FreePort.find();
    private static final FakeProviders FAKE = new FakeProviders();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = SioreeClient.app(SMTP, FAKE.overrides());

    private Api api;
    private SioreeClient client;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        client = new SioreeClient(api);
    }

    @AfterAll
    static void stopFake() {
        FAKE.stop();
    }

    private Reply delete(String path, String token) {
        return api.sendRaw("DELETE", path, null, token, Map.of());
    }

    @Test
    void a_host_links_a_bank_lists_it_and_unlinks_it_in_the_seed_bodies() {
        SioreeClient.User host = client.signup("host");
        Reply link = api.post("/api/bank/link-token", Map.of(), host.token());
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(link.json().path("linkToken").asText()).startsWith("link-sandbox-");
        assertThat(link.json().path("expiration").asText()).isNotBlank();

        Reply linked = api.post("/api/bank/exchange-token", Map.of("publicToken", "public-sandbox-" + UUID.randomUUID()),
                host.token());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        var account = linked.json().path("account");
        assertThat(account.path("bankName").asText()).isNotBlank();
        assertThat(account.path("last4").asText()).hasSize(4);
        assertThat(account.path("isVerified").asBoolean()).isTrue();
        assertThat(account.path("accountType").asText()).isNotBlank();

        Reply list = api.get("/api/bank/accounts", host.token());
        assertThat(list.json().path("accounts").size()).isGreaterThanOrEqualTo(1);
        SioreeClient.User other = client.signup("partier");
        String accountId = account.path("id").asText();
        assertError(delete("/api/bank/accounts/" + accountId, other.token()), 404);
        assertThat(api.get("/api/bank/accounts", other.token()).json().path("accounts").size()).isZero();
        Reply gone = delete("/api/bank/accounts/" + accountId, host.token());
        assertThat(gone.json().path("success").asBoolean()).as(gone.toString()).isTrue();
    }

    @Test
    void bad_bank_input_is_400_and_no_token_401() {
        SioreeClient.User host = client.signup("host");
        assertError(api.post("/api/bank/exchange-token", Map.of(), host.token()), 400);
        assertError(api.post("/api/bank/link-token", Map.of()), 401);
        assertThat(Sql.count("SELECT count(*) FROM bank_accounts WHERE user_id = ?", UUID.fromString(host.id())))
                .isZero();
    }

    @Test
    void the_app_links_a_social_account_with_auth_url_and_exchange() {
        SioreeClient.User talent = client.signup("talent");
        Reply start = api.get("/api/social/spotify/auth-url", talent.token());
        assertThat(start.status()).as(start.toString()).isEqualTo(200);
        assertThat(start.json().path("authUrl").asText()).startsWith("http");
        String code = "code-" + UUID.randomUUID().toString().substring(0, 8);
        String username = "dj" + UUID.randomUUID().toString().substring(0, 6);
        FAKE.account("spotify", code, "sp-" + UUID.randomUUID(), username, 1200);

        Reply linked = api.post("/api/social/spotify/exchange", Map.of("code", code,
                "state", start.json().path("state").asText()), talent.token());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        var account = linked.json().path("account");
        assertThat(account.path("platform").asText()).isEqualTo("spotify");
        assertThat(account.path("isConnected").asBoolean()).isTrue();
        assertThat(account.path("connectedAt").asText()).isNotBlank();
        assertThat(api.get("/api/social/accounts", talent.token()).json().path("accounts").size()).isEqualTo(1);

        SioreeClient.User other = client.signup("partier");
        assertError(delete("/api/social/accounts/" + account.path("id").asText(), other.token()), 404);
        assertThat(delete("/api/social/accounts/" + account.path("id").asText(), talent.token()).json()
                .path("success").asBoolean()).isTrue();
    }

    @Test
    void forged_states_unknown_platforms_and_missing_tokens_answer_the_seed_error() {
        SioreeClient.User talent = client.signup("talent");
        Reply forged = api.post("/api/social/tiktok/exchange", Map.of("code", "c", "state", "forged"), talent.token());
        assertError(forged, 400);
        assertError(api.get("/api/social/myspace/auth-url", talent.token()), 404);
        assertError(api.get("/api/social/accounts"), 401);
        assertThat(Sql.count("SELECT count(*) FROM social_accounts WHERE user_id = ?", UUID.fromString(talent.id())))
                .isZero();
    }

    @Test
    void uploads_answer_url_thumbnail_file_size_and_mime_type() {
        SioreeClient.User host = client.signup("host");
        byte[] png = TestImages.encode("png", 640, 480);
        Reply one = api.send(new Multipart().file("file", "party.png", "image/png", png)
                .post(api.base(), "/api/media/upload"), host.token());
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().path("url").asText()).isNotBlank();
        assertThat(one.json().path("thumbnailUrl").asText()).isNotBlank();
        assertThat(one.json().path("fileSize").asLong()).isPositive();
        assertThat(one.json().path("mimeType").asText()).isEqualTo("image/png");

        Reply many = api.send(new Multipart().file("files", "a.png", "image/png", png)
                .file("files", "b.jpg", "image/jpeg", TestImages.encode("jpg", 320, 200))
                .post(api.base(), "/api/media/upload-multiple"), host.token());
        assertThat(many.status()).as(many.toString()).isEqualTo(200);
        assertThat(many.json().path("urls").size()).isEqualTo(2);
        assertThat(many.json().path("urls").get(1).path("thumbnailUrl").asText()).isNotBlank();
    }

    @Test
    void a_file_that_is_not_an_image_is_415_and_no_token_is_401() {
        SioreeClient.User host = client.signup("host");
        long before = Sql.count("SELECT count(*) FROM media WHERE owner_id = ?", UUID.fromString(host.id()));
        assertError(api.send(new Multipart().file("file", "notes.png", "image/png", "just text".getBytes())
                .post(api.base(), "/api/media/upload"), host.token()), 415);
        assertError(api.send(new Multipart().file("file", "a.png", "image/png", TestImages.encode("png", 10, 10))
                .post(api.base(), "/api/media/upload"), null), 401);
        assertThat(Sql.count("SELECT count(*) FROM media WHERE owner_id = ?", UUID.fromString(host.id())))
                .isEqualTo(before);
    }
}
