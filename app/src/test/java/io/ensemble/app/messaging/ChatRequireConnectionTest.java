package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code messaging.requireConnection: true} (seeds/001): until the connections context ships, the
 * stand-in directory knows no connections, so starting a DIRECT chat is refused.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatRequireConnectionTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP =
            EnsembleTestApp.app(SMTP, ConfigOverride.config("messaging.requireConnection", "true"));

    @Test
    void unconnected_users_cannot_start_a_direct_chat_when_connections_are_required() {
        Api api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        Accounts.Session alice = accounts.verifiedSession("req-alice");
        Accounts.Session bob = accounts.verifiedSession("req-bob");
        Reply r = api.get("/api/v1/chat/conversations/" + bob.userId(), alice.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("NOT_CONNECTED");
        assertThat(api.get("/api/v1/chat/conversations", alice.accessToken()).data().path("items")).isEmpty();
    }
}
