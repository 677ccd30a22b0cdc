package io.ensemble.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.TypedClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 24 §4: a TypeScript client generated from this app's /openapi.json (openapi-typescript + openapi-fetch,
 * type-checked by tsc) runs the README walkthrough against the running app: sign up, verify with the code from
 * the mail, log in, read me, refresh, open a direct conversation and send a message.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TypedClientWalkthroughTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @Test
    void the_generated_client_runs_the_readme_walkthrough() throws Exception {
        Api api = new Api(APP.getLocalPort());
        Inbox inbox = new Inbox(MAIL);
        Accounts.Session bob = new Accounts(api, inbox).verifiedSession("typed-other");
        String other = bob.userId();
        TypedClient.build(api.get("/openapi.json").raw());

        String email = Accounts.uniqueEmail("typed");
        Process node = TypedClient.start("walkthrough.mjs", api.base(), email, other);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream in = node.getOutputStream()) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals("otp?")) {
                    in.write((inbox.latestOtp(email) + "\n").getBytes(StandardCharsets.UTF_8));
                    in.flush();
                }
            }
        }
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished: %s", lines).isTrue();
        assertThat(node.exitValue()).as("walkthrough output: %s", lines).isZero();
        JsonNode r = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(r.path("signup").asInt()).isEqualTo(201);
        assertThat(r.path("verify").asInt()).isEqualTo(200);
        assertThat(r.path("login").asInt()).isEqualTo(200);
        assertThat(r.path("meEmail").asText()).isEqualTo(email);
        assertThat(r.path("refresh").asInt()).isEqualTo(200);
        assertThat(r.path("conversation").asInt()).isEqualTo(200);
        assertThat(r.path("send").asInt()).isEqualTo(201);
        assertThat(r.at("/message/content").asText()).isEqualTo("Hello from the typed client");
        assertThat(r.at("/message/seq").asLong()).isEqualTo(1);
        String conversation = api.get("/api/v1/chat/conversations/" + r.path("userId").asText(), bob.accessToken())
                .data().path("id").asText();
        assertThat(api.get("/api/v1/chat/conversations/" + conversation + "/messages", bob.accessToken()).itemIds())
                .as("the other user reads the message").containsExactly(r.at("/message/id").asText());
    }
}
