package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 27 "online badges": contacts and conversation members carry {@code online}, true while the user has an
 * open socket (the gateway's presence), false before they connect and again after their last socket closed.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OnlineBadgesTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    private boolean contactOnline(Accounts.Session viewer, Accounts.Session contact) {
        JsonNode items = api.get(CHAT + "/contacts?limit=100&search=" + api.get("/api/v1/auth/me",
                contact.accessToken()).data().path("name").asText().replace(" ", "%20"), viewer.accessToken())
                .data().path("items");
        for (JsonNode c : items) {
            if (c.path("id").asText().equals(contact.userId())) {
                return c.path("online").asBoolean();
            }
        }
        throw new AssertionError("not a contact: " + contact.userId() + " in " + items);
    }

    private boolean memberOnline(Accounts.Session viewer, String conversationId, Accounts.Session member) {
        for (JsonNode c : api.get(CHAT + "/conversations", viewer.accessToken()).data().path("items")) {
            if (c.path("id").asText().equals(conversationId)) {
                for (JsonNode m : c.path("members")) {
                    if (m.path("id").asText().equals(member.userId())) {
                        return m.path("online").asBoolean();
                    }
                }
            }
        }
        throw new AssertionError("no member " + member.userId() + " in " + conversationId);
    }

    @Test
    void a_user_with_an_open_socket_shows_online_in_contacts_and_conversations_and_offline_after_it_closes() {
        String conversation = direct(bob, alice);
        assertThat(contactOnline(bob, alice)).isFalse();
        assertThat(memberOnline(bob, conversation, alice)).isFalse();

        try (WsClient socket = WsClient.connected(APP.getLocalPort(), alice.accessToken())) {
            assertThat(contactOnline(bob, alice)).isTrue();
            assertThat(memberOnline(bob, conversation, alice)).isTrue();
            assertThat(memberOnline(bob, conversation, bob)).as("bob has no socket").isFalse();
            assertThat(contactOnline(bob, carol)).isFalse();
            assertThat(api.get(CHAT + "/conversations/" + alice.userId(), bob.accessToken()).data().path("members")
                    .findValuesAsText("online")).contains("true");
        }
        Awaitility.await("alice offline once her socket closed").atMost(Duration.ofSeconds(10))
                .until(() -> !contactOnline(bob, alice) && !memberOnline(bob, conversation, alice));
    }
}
