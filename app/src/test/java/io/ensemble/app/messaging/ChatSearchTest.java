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
import io.ensemble.app.support.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/v1/chat/search} (issue 27): ranking, highlighted snippets, English stemming with the
 * 'simple' fallback, short tokens inside words, cursor pages, filters, and permission filtering — never a
 * message of a conversation the caller left or was never in.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatSearchTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    @Test
    void hits_are_ranked_highlighted_and_stemmed() {
        String conversation = direct(alice, bob);
        String weak = sendText(alice, conversation, "lunch then a budget chat sometime").path("id").asText();
        String strong = sendText(bob, conversation, "the quarterly budget report: budget numbers inside").path("id")
                .asText();
        sendText(alice, conversation, "nothing to see here");
        String deleted = sendText(alice, conversation, "budget secret").path("id").asText();
        assertThat(delete(CHAT + "/messages/" + deleted, alice.accessToken()).status()).isEqualTo(200);

        Reply r = search(alice, "budget");
        assertThat(ids(r)).containsExactly(strong, weak);
        JsonNode best = r.data().path("items").get(0);
        assertThat(best.path("snippet").asText()).contains("<mark>budget</mark>");
        assertThat(best.path("message").path("senderId").asText()).isEqualTo(bob.userId());
        assertThat(best.path("rank").asDouble()).isGreaterThan(r.data().path("items").get(1).path("rank").asDouble());

        Reply stemmed = search(alice, "reports");
        assertThat(ids(stemmed)).containsExactly(strong);
        assertThat(stemmed.data().path("items").get(0).path("snippet").asText()).contains("<mark>report</mark>");
        assertThat(ids(search(alice, "budget -quarterly"))).containsExactly(weak);

        String foreign = sendText(alice, conversation, "Bonjour, ça va? Straße").path("id").asText();
        assertThat(ids(search(alice, "straße"))).containsExactly(foreign);
        assertThat(ids(search(bob, "pineap"))).isEmpty();
        String fruit = sendText(bob, conversation, "pineapple pizza").path("id").asText();
        assertThat(ids(search(bob, "pinea"))).containsExactly(fruit);
    }

    @Test
    void pages_follow_the_cursor_without_repeats_and_filters_apply() {
        String conversation = direct(alice, bob);
        String other = direct(alice, carol);
        Instant start = Instant.now();
        for (int i = 0; i < 5; i++) {
            sendText(alice, conversation, "invoice number " + i);
        }
        sendText(alice, other, "invoice for carol");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = api.get(CHAT + "/search?q=invoice&limit=2&conversationId=" + conversation
                    + (cursor == null ? "" : "&cursor=" + cursor), alice.accessToken());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen.addAll(ids(page));
            cursor = page.data().path("nextCursor").isTextual() ? page.data().path("nextCursor").asText() : null;
        } while (cursor != null);
        assertThat(seen).hasSize(5);
        assertThat(new HashSet<>(seen)).hasSize(5);
        assertThat(ids(search(alice, "invoice"))).hasSize(6);
        assertThat(ids(api.get(CHAT + "/search?q=invoice&to=" + start.minusSeconds(60), alice.accessToken()))).isEmpty();
        assertThat(ids(api.get(CHAT + "/search?q=invoice&from=" + start.minusSeconds(60), alice.accessToken())))
                .hasSize(6);
    }

    @Test
    void never_a_message_of_a_conversation_the_caller_left_or_was_never_in() {
        Reply group = api.post(CHAT + "/groups", Map.of("name", "planning", "memberIds", List.of(carol.userId())),
                alice.accessToken());
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        String groupId = group.data().path("id").asText();
        String secret = sendText(alice, groupId, "the pineapple plan").path("id").asText();
        assertThat(ids(search(carol, "pineapple"))).containsExactly(secret);
        assertThat(ids(search(bob, "pineapple"))).isEmpty();
        assertError(api.get(CHAT + "/search?q=pineapple&conversationId=" + groupId, bob.accessToken()), 404,
                "NOT_FOUND");

        assertThat(delete(CHAT + "/groups/" + groupId + "/members/" + carol.userId(), carol.accessToken()).status())
                .isEqualTo(200);
        assertThat(ids(search(carol, "pineapple"))).isEmpty();
        assertThat(ids(search(carol, "pinea"))).isEmpty();
        assertError(api.get(CHAT + "/search?q=pineapple&conversationId=" + groupId, carol.accessToken()), 404,
                "NOT_FOUND");
        assertThat(ids(search(alice, "pineapple"))).containsExactly(secret);
    }

    @Test
    void bad_input_is_400_naming_the_field() {
        assertField(api.get(CHAT + "/search", alice.accessToken()), "q");
        assertField(api.get(CHAT + "/search?q=%20%20", alice.accessToken()), "q");
        assertField(search(alice, "x".repeat(201)), "q");
        assertThat(search(alice, "x".repeat(200)).status()).isEqualTo(200);
        assertField(api.get(CHAT + "/search?q=a&from=yesterday", alice.accessToken()), "from");
        assertField(api.get(CHAT + "/search?q=a&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z",
                alice.accessToken()), "to");
        assertField(api.get(CHAT + "/search?q=a&cursor=bogus", alice.accessToken()), "cursor");
        assertField(api.get(CHAT + "/search?q=a&conversationId=nope", alice.accessToken()), "conversationId");
        assertError(api.get(CHAT + "/search?q=a&conversationId=" + UUID.randomUUID(), alice.accessToken()), 404,
                "NOT_FOUND");
        assertThat(api.get(CHAT + "/search?q=a").status()).isEqualTo(401);
    }

    private Reply search(Accounts.Session who, String q) {
        return api.get(CHAT + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), who.accessToken());
    }

    private static List<String> ids(Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().path("items").forEach(i -> out.add(i.path("message").path("id").asText()));
        return out;
    }

    private static void assertField(Reply r, String field) {
        assertError(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("details").get(0).path("field").asText()).isEqualTo(field);
    }
}
