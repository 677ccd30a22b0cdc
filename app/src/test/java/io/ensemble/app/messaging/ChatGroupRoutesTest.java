package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Reply;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * POST /chat/groups, POST /chat/groups/:id/members and DELETE /chat/groups/:id/members/:userId:
 * the owner manages members, members may leave.
 * Over HTTP: happy path, a third user's token (404, ids don't leak) and bad input (4xx in the
 * error shape, nothing written). Set-up and helpers: {@link ChatRoutesFixture}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChatGroupRoutesTest extends ChatRoutesFixture {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @BeforeEach
    void setUp() {
        signUpAliceBobAndCarol(APP.getLocalPort(), MAIL);
    }

    @Test
    void the_owner_creates_a_group_and_manages_members_and_members_may_leave() {
        Reply created = api.post(CHAT + "/groups", Map.of("name", "Launch crew", "memberIds", List.of(bob.userId())),
                alice.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String group = created.data().path("id").asText();
        assertThat(created.data().path("type").asText()).isEqualTo("GROUP");
        assertThat(created.data().path("name").asText()).isEqualTo("Launch crew");
        assertThat(created.data().path("ownerId").asText()).isEqualTo(alice.userId());
        assertThat(created.data().path("members")).hasSize(2);

        Reply added = api.post(CHAT + "/groups/" + group + "/members", Map.of("userId", carol.userId()), alice.accessToken());
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.data().path("members")).hasSize(3);
        assertThat(sendText(carol, group, "hi all").path("seq").asLong()).isEqualTo(1);

        Reply left = delete(CHAT + "/groups/" + group + "/members/" + carol.userId(), carol.accessToken());
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertError(send(carol, group, Map.of("content", "still here?")), 404, "NOT_FOUND");
        Reply removed = delete(CHAT + "/groups/" + group + "/members/" + bob.userId(), alice.accessToken());
        assertThat(removed.status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM conversation_members WHERE conversation_id = ?", UUID.fromString(group)))
                .isEqualTo(1);
    }

    @Test
    void only_the_owner_manages_members_and_strangers_get_404() {
        String group = api.post(CHAT + "/groups", Map.of("name", "G", "memberIds", List.of(bob.userId())),
                alice.accessToken()).data().path("id").asText();
        assertError(api.post(CHAT + "/groups/" + group + "/members", Map.of("userId", carol.userId()), carol.accessToken()),
                404, "NOT_FOUND");
        assertError(api.post(CHAT + "/groups/" + group + "/members", Map.of("userId", carol.userId()), bob.accessToken()),
                403, "FORBIDDEN");
        assertError(delete(CHAT + "/groups/" + group + "/members/" + alice.userId(), bob.accessToken()), 403, "FORBIDDEN");
        assertError(delete(CHAT + "/groups/" + group + "/members/" + bob.userId(), carol.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM conversation_members WHERE conversation_id = ?", UUID.fromString(group)))
                .isEqualTo(2);
    }

    @Test
    void group_routes_reject_bad_input_without_writing() {
        long before = count("SELECT count(*) FROM conversations");
        assertError(api.post(CHAT + "/groups", Map.of("name", "", "memberIds", List.of()), alice.accessToken()),
                400, "VALIDATION_FAILED");
        assertError(api.post(CHAT + "/groups", Map.of("name", "G", "memberIds", List.of("nope")), alice.accessToken()),
                400, "VALIDATION_FAILED");
        assertError(api.post(CHAT + "/groups", Map.of("name", "G", "memberIds", List.of(UUID.randomUUID().toString())),
                alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.post(CHAT + "/groups", Map.of("name", "x".repeat(101)), alice.accessToken()), 400, "VALIDATION_FAILED");
        assertThat(count("SELECT count(*) FROM conversations")).isEqualTo(before);

        String direct = direct(alice, bob);
        assertError(api.post(CHAT + "/groups/" + direct + "/members", Map.of("userId", carol.userId()), alice.accessToken()),
                400, "VALIDATION_FAILED");
        String group = api.post(CHAT + "/groups", Map.of("name", "G"), alice.accessToken()).data().path("id").asText();
        assertError(api.post(CHAT + "/groups/" + group + "/members", Map.of(), alice.accessToken()), 400, "VALIDATION_FAILED");
        assertError(api.post(CHAT + "/groups/" + group + "/members", Map.of("userId", UUID.randomUUID().toString()),
                alice.accessToken()), 404, "NOT_FOUND");
        assertError(delete(CHAT + "/groups/" + group + "/members/" + alice.userId(), alice.accessToken()),
                400, "VALIDATION_FAILED");
        assertError(delete(CHAT + "/groups/bad/members/bad", alice.accessToken()), 404, "NOT_FOUND");
        assertThat(count("SELECT count(*) FROM conversation_members WHERE conversation_id = ?", UUID.fromString(group)))
                .isEqualTo(1);
    }
}
