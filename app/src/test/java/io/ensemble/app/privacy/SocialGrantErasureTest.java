package io.ensemble.app.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.privacy.PrivacyFixtures.Person;
import io.ensemble.app.social.FakeProviders;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Erasure revokes social grants at the provider where its API offers it (issue 20 §4): a Twitch account
 * linked by OAuth (fake Twitch on WireMock) has its access token revoked ({@code POST /oauth2/revoke}) before
 * the social rows are deleted, and a YouTube account has its refresh token revoked at Google
 * ({@code POST /revoke}).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SocialGrantErasureTest {
    private static final int SMTP = FreePort.find();
    private static final FakeProviders FAKE = new FakeProviders();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, FAKE.overrides());
    private static final String BASE = "/api/v1/social-media/";

    private Api api;
    private PrivacyFixtures fixtures;

    @AfterAll
    static void stop() {
        FAKE.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        fixtures = new PrivacyFixtures(api, new Inbox(MAIL));
    }

    private void link(Person who, String platform, String code) {
        Reply started = api.get(BASE + platform + "/auth", who.token());
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String state = started.data().path("state").asText();
        FAKE.account(platform, code, platform + "-" + PrivacyFixtures.word(8), PrivacyFixtures.word(8), 321);
        Reply linked = api.get(BASE + platform + "/oauth/callback?code=" + code + "&state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    }

    @Test
    void the_twitch_and_youtube_grants_are_revoked_at_the_providers_and_every_social_row_is_deleted() {
        Person streamer = fixtures.person("INFLUENCER");
        Person admin = fixtures.admin();
        String code = "code" + PrivacyFixtures.word(10);
        link(streamer, "twitch", code);
        String youtubeCode = "code" + PrivacyFixtures.word(10);
        link(streamer, "youtube", youtubeCode);
        FAKE.server.stubFor(post(urlPathEqualTo("/oauth2/revoke")).willReturn(WireMock.ok()));
        FAKE.server.stubFor(post(urlPathEqualTo("/revoke")).willReturn(WireMock.ok()));
        assertThat(Sql.count("SELECT count(*) FROM social_accounts WHERE user_id = ?", streamer.uuid())).isEqualTo(2);

        assertThat(fixtures.deleteOwn(streamer, Accounts.PASSWORD).status()).isEqualTo(200);
        fixtures.awaitErased(admin, streamer.id());

        FAKE.server.verify(1, postRequestedFor(urlPathEqualTo("/oauth2/revoke"))
                .withRequestBody(containing("client_id=twitch-client"))
                .withRequestBody(containing("token=at-" + code)));
        FAKE.server.verify(1, postRequestedFor(urlPathEqualTo("/revoke"))
                .withRequestBody(WireMock.equalTo("token=rt-" + youtubeCode)));
        assertThat(Sql.count("SELECT count(*) FROM social_accounts WHERE user_id = ?", streamer.uuid())).isZero();
        assertThat(Sql.count("SELECT count(*) FROM social_stats_snapshots s JOIN social_accounts a ON a.id = s.account_id "
                + "WHERE a.user_id = ?", streamer.uuid())).isZero();
    }
}
