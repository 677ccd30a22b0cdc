package io.ensemble.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.WsClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /ws/chat} across two nodes on the Redis bus (issue 22 §2): a member on node 1 sees a team-mate
 * on node 2 join, chat and leave, through the gateway's rooms and the shared bus.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TeamChatTwoNodesTest {
    private static final int SMTP = FreePort.find();
    private static final String PREFIX = "ensemble-test-" + UUID.randomUUID() + ":";
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE1 = node();
    static final DropwizardAppExtension<EnsembleConfiguration> NODE2 = node();

    private static DropwizardAppExtension<EnsembleConfiguration> node() {
        return EnsembleTestApp.app(SMTP, ConfigOverride.config("realtime.bus", "redis"),
                ConfigOverride.config("realtime.channelPrefix", PREFIX),
                ConfigOverride.config("redisUrl", "redis://127.0.0.1:6379"));
    }

    @Test
    void a_member_on_node_1_sees_a_team_mate_on_node_2_join_chat_and_leave() {
        RoleSessions roles = new RoleSessions(new Api(NODE1.getLocalPort()), new Inbox(MAIL));
        Accounts.Session alice = roles.of("MEMBER");
        Accounts.Session bob = roles.of("MEMBER");
        try (WsClient on1 = WsClient.connectTo(NODE1.getLocalPort(), "/ws/chat?token=" + alice.accessToken(), Map.of());
             WsClient on2 = WsClient.connectTo(NODE2.getLocalPort(), "/ws/chat?token=" + bob.accessToken(), Map.of())) {
            on1.await("connected", f -> true);
            on2.await("connected", f -> true);
            on1.request("join_room", Map.of("userId", alice.userId(), "role", "member"));
            on2.request("join_room", Map.of("userId", bob.userId(), "role", "member"));
            on1.await("user_joined", f -> f.path("data").path("user").path("id").asText().equals(bob.userId()));

            JsonNode ack = on2.request("send_message", Map.of("message", "from node 2", "sender", bob.userId()))
                    .path("data");
            JsonNode got = on1.await("new_message", f -> f.path("data").path("id").asText()
                    .equals(ack.path("id").asText())).path("data");
            assertThat(got.path("message").asText()).isEqualTo("from node 2");
            assertThat(got.path("sender").asText()).isEqualTo("Test MEMBER");
            assertThat(got.path("timestamp").asText()).endsWith("Z");

            on2.close();
            on1.await("user_left", f -> f.path("data").path("user").path("id").asText().equals(bob.userId()));
        }
    }
}
