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
 * {@code messaging.requireConnection: true} (seeds/001): a DIRECT chat needs an accepted connection,
 * as the connections context records it.
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

    @Test
    void an_accepted_connection_opens_the_direct_chat() {
        Api api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        Accounts.Session salon = accounts.verifiedSession("req-salon");
        Accounts.Session influencer = accounts.verifiedSession("req-influencer");
        Reply request = api.post("/api/v1/connections/request",
                java.util.Map.of("receiverId", influencer.userId()), salon.accessToken());
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        Reply before = api.get("/api/v1/chat/conversations/" + influencer.userId(), salon.accessToken());
        assertThat(before.code()).as("a pending request is not a connection").isEqualTo("NOT_CONNECTED");

        Reply accepted = api.sendRaw("PATCH", "/api/v1/connections/requests/" + request.data().path("id").asText()
                + "/accept", null, influencer.accessToken(), java.util.Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        Reply open = api.get("/api/v1/chat/conversations/" + influencer.userId(), salon.accessToken());
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        String conversationId = open.data().path("id").asText();
        Reply sent = api.post("/api/v1/chat/conversations/" + conversationId + "/messages",
                java.util.Map.of("content", "Hello from the salon"), salon.accessToken());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        Reply inbox = api.get("/api/v1/chat/conversations", influencer.accessToken());
        assertThat(inbox.data().path("items").get(0).path("unreadCount").asInt()).isEqualTo(1);
    }
}
