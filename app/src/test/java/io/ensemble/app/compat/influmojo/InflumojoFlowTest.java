package io.ensemble.app.compat.influmojo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.NodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 23 §6 end to end (node {@code influmojo.js}, fetch as the seeds/002 app): a creator and a brand
 * sign up by e-mail (the codes read from the mails here and handed to the script), the creator fills in
 * basic info and preferences and offers a package, the brand finds the creator via
 * {@code /profile/creators}, orders via {@code /orders/create}, and the status moves via
 * {@code PUT /orders/:id/status}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InflumojoFlowTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = InflumojoClient.app(SMTP);

    @Test
    void a_seed_002_app_runs_the_deals_flow() throws Exception {
        String creator = Accounts.uniqueEmail("influmojo-creator");
        String brand = Accounts.uniqueEmail("influmojo-brand");
        Path codes = Files.createTempFile("influmojo-codes", ".json");
        Files.delete(codes);
        NodeScript.Running node = NodeScript.start("influmojo.js", Integer.toString(APP.getLocalPort()), creator, brand,
                codes.toString());
        node.awaitLine("SIGNED_UP");
        Inbox inbox = new Inbox(MAIL);
        Files.writeString(codes, "{\"creator\":\"" + inbox.latestOtp(creator) + "\",\"brand\":\""
                + inbox.latestOtp(brand) + "\"}\n", StandardCharsets.UTF_8);
        JsonNode r = node.result();
        Files.deleteIfExists(codes);
        String report = r.toPrettyString();

        assertThat(r.has("failure") || r.has("timeout")).as(report).isFalse();
        assertThat(r.path("signups").toString()).as(report).isEqualTo("[201,201]");
        assertThat(r.path("basicInfo").path("status").asInt()).as(report).isEqualTo(200);
        JsonNode user = r.path("basicInfo").path("user");
        assertThat(user.path("user_type").asText()).isEqualTo("creator");
        assertThat(user.path("first_name").asText()).isEqualTo("Meera");
        assertThat(user.path("timezone").asText()).isEqualTo("Asia/Kolkata");
        assertThat(r.path("preferences").path("userStatus").asText()).as(report).isEqualTo("active");
        assertThat(r.path("package").path("status").asInt()).as(report).isEqualTo(201);
        assertThat(r.path("package").path("body").path("duration").asText()).isEqualTo("45");
        assertThat(r.path("found").path("card").path("location_state").asText()).as(report).isEqualTo("Kerala");
        assertThat(r.path("portfolio").path("packages").asInt()).as(report).isEqualTo(1);
        JsonNode order = r.path("order").path("body");
        assertThat(r.path("order").path("status").asInt()).as(report).isEqualTo(201);
        assertThat(order.path("status").asText()).isEqualTo("pending");
        assertThat(order.path("total_amount").decimalValue()).isEqualByComparingTo("250");
        assertThat(order.path("payment").path("status").asText()).isEqualTo("pending");
        assertThat(r.path("early").path("status").asInt()).as(report).isEqualTo(409);
        assertThat(r.path("early").path("body").path("success").asBoolean(true)).isFalse();
        assertThat(r.path("early").path("body").path("error").asText()).contains("cancelled");
        assertThat(r.path("cancelled").path("orderStatus").asText()).as(report).isEqualTo("cancelled");
    }
}
