package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /chat/contacts: search, filter, cursor pages; only active verified users are contacts.
 * Over HTTP: happy path, a third user's token (404, ids don't leak) and bad input (4xx in the
 * error shape, nothing written). Set-up and helpers: {@link ChatRoutesFixture}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatContactsRoutesTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    @Test
    void contacts_lists_other_verified_users_searchable_by_name_excluding_yourself() {
        String aliceName = api.get("/api/v1/auth/me", alice.accessToken()).data().path("name").asText();
        String suffix = aliceName.substring("Alice ".length());
        Reply r = api.get(CHAT + "/contacts?search=" + suffix + "&limit=100", alice.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.data().path("items").forEach(i -> ids.add(i.path("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder(bob.userId(), carol.userId());
        Reply bobOnly = api.get(CHAT + "/contacts?search=bob%20" + suffix, alice.accessToken());
        assertThat(bobOnly.data().path("items")).hasSize(1);
        assertThat(bobOnly.data().path("items").get(0).path("name").asText()).isEqualTo("Bob " + suffix);
        assertThat(bobOnly.data().path("items").get(0).path("role").asText()).isEqualTo("INFLUENCER");
    }

    @Test
    void contacts_pages_with_a_cursor_without_repeats() {
        Reply first = api.get(CHAT + "/contacts?limit=1", alice.accessToken());
        assertThat(first.data().path("items")).hasSize(1);
        String cursor = first.data().path("nextCursor").asText();
        Reply second = api.get(CHAT + "/contacts?limit=1&cursor=" + cursor, alice.accessToken());
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.data().path("items").get(0).path("id").asText())
                .isNotEqualTo(first.data().path("items").get(0).path("id").asText());
    }

    @Test
    void contacts_rejects_bad_input_and_missing_token() {
        assertError(api.get(CHAT + "/contacts?search=" + "x".repeat(101), alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(CHAT + "/contacts?cursor=garbage", alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(CHAT + "/contacts?role=WIZARD", alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.get(CHAT + "/contacts"), 401, "UNAUTHENTICATED");
    }

    @Test
    void unverified_users_are_not_contacts_and_cannot_be_messaged() {
        String email = Accounts.uniqueEmail("unverified");
        String unverified = new Accounts(api, inbox).signup(email);
        Reply all = api.get(CHAT + "/contacts?limit=100&search=Test%20User", alice.accessToken());
        all.data().path("items").forEach(i -> assertThat(i.path("id").asText()).isNotEqualTo(unverified));
        assertError(api.get(CHAT + "/conversations/" + unverified, alice.accessToken()), 404, "NOT_FOUND");
    }
}
