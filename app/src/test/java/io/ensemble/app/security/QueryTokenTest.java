package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 28 §6: REST takes the access token only from {@code Authorization: Bearer}; a valid token in
 * {@code ?access_token=} (where it leaks into logs, proxies and history) is refused with 401.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class QueryTokenTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new Accounts(api, new Inbox(MAIL));
    }

    @Test
    void a_valid_access_token_in_the_query_is_refused_by_rest_routes() {
        Accounts.Session s = accounts.verifiedSession("query-token");

        for (String path : new String[] {"/api/v1/auth/me", "/api/v1/profile/me", "/api/v1/chat/conversations"}) {
            Reply query = api.get(path + "?access_token=" + s.accessToken());
            assertThat(query.status()).as(path + " " + query).isEqualTo(401);
            assertThat(query.code()).isEqualTo("UNAUTHENTICATED");
            assertThat(api.get(path, s.accessToken()).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void the_header_is_still_read_case_insensitively_and_other_schemes_are_refused() {
        Accounts.Session s = accounts.verifiedSession("query-token-header");
        HttpRequest.Builder lower = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/auth/me"))
                .header("Authorization", "bearer " + s.accessToken()).GET();
        HttpRequest.Builder basic = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/auth/me"))
                .header("Authorization", "Basic " + s.accessToken()).GET();

        assertThat(api.send(lower, null).status()).isEqualTo(200);
        Reply refused = api.send(basic, null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("UNAUTHENTICATED");
    }
}
