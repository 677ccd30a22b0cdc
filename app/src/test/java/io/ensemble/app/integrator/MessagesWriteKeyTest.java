package io.ensemble.app.integrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.marketplace.Market;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 26 §3, {@code messages:write}: a server's API key sends a chat message as the user its
 * {@code On-Behalf-Of} header names, under every rule of that user's own send (membership), audited with
 * the user; without the scope 403, without a usable header 400 naming it, nothing written either way.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MessagesWriteKeyTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private Market market;
    private Integrators integrators;
    private Accounts.Session admin;
    private Accounts.Session creator;
    private Accounts.Session brand;
    private String conversation;
    private String path;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        market = new Market(api, new RoleSessions(api, new Inbox(MAIL)));
        integrators = new Integrators(api);
        admin = market.admin();
        creator = market.creator();
        brand = market.brand();
        Reply opened = api.get("/api/v1/chat/conversations/" + brand.userId(), creator.accessToken());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        conversation = opened.data().path("id").asText();
        path = "/api/v1/chat/conversations/" + conversation + "/messages";
    }

    private Reply sendWithKey(String key, String onBehalfOf, Map<String, Object> body) {
        Map<String, String> headers = onBehalfOf == null ? Map.of() : Map.of("On-Behalf-Of", onBehalfOf);
        return api.sendRaw("POST", path, Api.toJson(body), key, headers);
    }

    private long messages() {
        return Sql.count("SELECT count(*) FROM messages WHERE conversation_id = ?", UUID.fromString(conversation));
    }

    @Test
    void a_key_with_messages_write_sends_as_the_named_member_and_the_use_is_audited_with_them() {
        String key = integrators.key(admin, "messages:write");
        Reply sent = sendWithKey(key, creator.userId(), Map.of("content", "Your order shipped", "clientMessageId", "crm-1"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.data().path("senderId").asText()).isEqualTo(creator.userId());
        assertThat(sent.data().path("content").asText()).isEqualTo("Your order shipped");
        Reply retried = sendWithKey(key, creator.userId(), Map.of("content", "Your order shipped", "clientMessageId", "crm-1"));
        assertThat(retried.status()).as("a retried send answers the stored message").isEqualTo(200);
        assertThat(messages()).isEqualTo(1);

        Reply seen = api.get(path, brand.accessToken());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.raw()).contains("Your order shipped");
        assertThat(Sql.count("SELECT count(*) FROM audit_records WHERE action = 'api_key_used' AND array_to_string(values_after, ' ') LIKE ?",
                "%on behalf of " + creator.userId() + "%")).isEqualTo(2);
    }

    @Test
    void the_named_user_must_be_a_member_and_keys_without_the_scope_are_refused_with_nothing_written() {
        String key = integrators.key(admin, "messages:write");
        Accounts.Session outsider = market.creator();
        Reply notMember = sendWithKey(key, outsider.userId(), Map.of("content", "hi"));
        assertThat(notMember.status()).as(notMember.toString()).isEqualTo(404);

        Reply reader = sendWithKey(integrators.key(admin, "events:read"), creator.userId(), Map.of("content", "hi"));
        Market.assertError(reader, 403, "API_KEY_SCOPE");
        assertThat(messages()).isZero();
    }

    @Test
    void a_missing_malformed_or_unknown_on_behalf_of_is_400_naming_the_header() {
        String key = integrators.key(admin, "messages:write");
        for (String header : new String[] {null, "not-a-uuid", UUID.randomUUID().toString()}) {
            Reply r = sendWithKey(key, header, Map.of("content", "hi"));
            Market.assertError(r, 400, "VALIDATION_FAILED");
            assertThat(r.raw()).as(String.valueOf(header)).contains("On-Behalf-Of");
        }
        Reply badBody = sendWithKey(key, creator.userId(), Map.of("content", ""));
        assertThat(badBody.status()).as(badBody.toString()).isEqualTo(400);
        assertThat(messages()).isZero();
    }
}
