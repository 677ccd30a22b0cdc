package io.ensemble.app.compat.sioree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.NodeScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 21 §4 "done when": an app written to seeds/000 (node {@code sioree.js}: fetch and the stock
 * socket.io-client) works unchanged against {@code CLIENT_PROFILE=sioree}. A host signs up and creates an
 * event; a partier signs up, finds it by location and date, RSVPs, and chats with the host through the
 * seed's socket events: {@code message_sent} to the sender only, {@code new_message} to the receiver
 * without any join, {@code user_typing} to the receiver only.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SioreeFlowTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = SioreeClient.app(SMTP);

    @Test
    void a_seed_000_app_runs_the_whole_flow_over_rest_and_socket_io() {
        JsonNode r = NodeScript.runFile("sioree.js", Integer.toString(APP.getLocalPort()));
        String report = r.toPrettyString();
        assertThat(r.has("failure") || r.has("timeout")).as(report).isFalse();
        assertThat(r.path("hostSignup").path("status").asInt()).as(report).isEqualTo(200);
        assertThat(r.path("hostSignup").path("role").asText()).isEqualTo("host");
        assertThat(r.path("created").path("status").asInt()).as(report).isEqualTo(201);
        assertThat(r.path("partierSignup").path("role").asText()).isEqualTo("partier");
        assertThat(r.path("found").path("listed").asBoolean()).as(report).isTrue();
        assertThat(r.path("found").path("hostName").asText()).isEqualTo("LindaFlora");
        assertThat(r.path("found").path("priceText").asText()).isEqualTo("Free");
        assertThat(r.path("rsvp").path("rsvpStatus").asText()).as(report).isEqualTo("going");

        JsonNode sent = r.path("messageSent");
        String hostId = r.path("created").path("hostId").asText();
        assertThat(sent.path("text").asText()).isEqualTo("Is there a dress code?");
        assertThat(sent.path("receiverId").asText()).isEqualTo(hostId);
        assertThat(sent.path("messageType").asText()).isEqualTo("text");
        assertThat(sent.path("isRead").isBoolean()).isTrue();
        assertThat(sent.path("timestamp").asText()).isNotBlank();
        JsonNode received = r.path("newMessage");
        assertThat(received.path("id").asText()).isEqualTo(sent.path("id").asText());
        assertThat(received.path("receiverId").asText()).isEqualTo(hostId);
        assertThat(received.path("text").asText()).isEqualTo("Is there a dress code?");
        assertThat(r.path("userTyping").path("userId").asText()).isEqualTo(hostId);
        assertThat(r.path("userTyping").path("isTyping").asBoolean()).isTrue();
        assertThat(r.path("invite").path("messageType").asText()).isEqualTo("event_invite");
        assertThat(r.path("invite").path("text").asText()).isEqualTo("Costumes!");

        assertThat(r.path("refused").path("code").asText()).as(report).isEqualTo("VALIDATION_FAILED");
        assertThat(r.path("refused").path("details").toString()).contains("text");

        // message_sent only to its sender, new_message only to the receiver, user_typing only to the receiver
        assertThat(r.path("partierSeen").path("message_sent").asInt()).as(report).isEqualTo(1);
        assertThat(r.path("partierSeen").path("new_message").asInt()).as(report).isEqualTo(1);
        assertThat(r.path("partierSeen").path("user_typing").asInt()).as(report).isEqualTo(1);
        assertThat(r.path("hostSeen").path("message_sent").asInt()).as(report).isEqualTo(1);
        assertThat(r.path("hostSeen").path("new_message").asInt()).as(report).isEqualTo(1);
        assertThat(r.path("hostSeen").path("user_typing").asInt()).as(report).isZero();

        JsonNode conversation = r.path("conversations").path("conversations").get(0);
        assertThat(conversation.path("participantName").asText()).as(report).isEqualTo("Party Pat");
        assertThat(conversation.path("lastMessage").asText()).isEqualTo("Costumes!");
        assertThat(r.path("history").path("messages").size()).as(report).isEqualTo(2);
    }
}
