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
 * Issue 21 "done when", the paid part, with the manual gateway: an app written to seeds/000 (node
 * {@code sioree-tickets.js}) has a partier buy a ticket of a paid event through the native ticket route with the
 * seed's token, the host records the payment, the partier is going; the reminder job (admin port) notifies them
 * for the event starting within 24 h; the host's {@code event_invite} over the seed socket reaches the partier's
 * {@code new_message} with the event's title and date. The Stripe run: {@link SioreeStripeFlowTest}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SioreeTicketFlowTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = SioreeClient.app(SMTP);

    @Test
    void a_partier_buys_a_ticket_paid_by_the_host_gets_the_reminder_and_the_invite() {
        JsonNode r = NodeScript.runFile("sioree-tickets.js", Integer.toString(APP.getLocalPort()),
                Integer.toString(APP.getAdminPort()), "manual");
        assertPaidFlow(r, "manual");
        assertThat(r.path("paid").path("ticketStatus").asText()).as(r.toPrettyString()).isEqualTo("PAID");
    }

    /** The assertions both runs share: bought PENDING, going only once paid, reminded, invited with the event. */
    static void assertPaidFlow(JsonNode r, String provider) {
        String report = r.toPrettyString();
        assertThat(r.has("failure") || r.has("timeout")).as(report).isFalse();
        assertThat(r.path("created").path("status").asInt()).as(report).isEqualTo(201);
        assertThat(r.path("created").path("priceText").asText()).as(report).isNotEqualTo("Free");
        assertThat(r.path("bought").path("status").asInt()).as(report).isEqualTo(201);
        assertThat(r.path("bought").path("ticketStatus").asText()).isEqualTo("PENDING");
        assertThat(r.path("bought").path("provider").asText()).isEqualTo(provider);
        assertThat(r.path("goingBeforePayment").asBoolean(true)).as(report).isFalse();
        assertThat(r.path("paid").path("status").asInt()).as(report).isEqualTo(200);
        assertThat(r.path("detail").path("isGoing").asBoolean()).as(report).isTrue();
        assertThat(r.path("detail").path("goingCount").asLong()).isEqualTo(1);

        assertThat(r.path("reminderRun").path("status").asInt()).as(report).isEqualTo(202);
        assertThat(r.path("reminderRun").path("run").asText()).as(report).isEqualTo("SUCCEEDED");
        assertThat(r.path("reminder").path("found").asBoolean()).as(report).isTrue();

        String eventId = r.path("eventId").asText();
        JsonNode invite = r.path("invite");
        assertThat(invite.path("messageType").asText()).as(report).isEqualTo("event_invite");
        assertThat(invite.path("senderId").asText()).isEqualTo(r.path("hostId").asText());
        assertThat(invite.path("eventId").asText()).isEqualTo(eventId);
        assertThat(invite.path("event").path("id").asText()).isEqualTo(eventId);
        assertThat(invite.path("event").path("title").asText()).startsWith("Paid Rooftop ");
        assertThat(invite.path("event").path("startsAt").asText()).isNotBlank();
        assertThat(invite.path("text").asText()).isEqualTo(invite.path("event").path("title").asText());
        assertThat(r.path("inviteSent").path("event").path("id").asText()).isEqualTo(eventId);
    }
}
