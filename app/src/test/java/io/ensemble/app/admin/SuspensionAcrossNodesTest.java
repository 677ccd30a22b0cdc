package io.ensemble.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.NodeScript;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 20 §1 "every session ends and the user's sockets on every node close at once with a reason": two nodes
 * share PostgreSQL and the real Redis bus (a channel prefix unique to this run). The user holds a {@code /ws} socket
 * and a Socket.IO socket on node B; an admin suspends them on node A. Both sockets get {@code account_suspended}
 * with the reason, then {@code error ACCOUNT_SUSPENDED}, and close (/ws code 1008); the old access token is refused
 * on node B at its very next request, and a new socket with it is refused.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SuspensionAcrossNodesTest {
    private static final int SMTP = FreePort.find();
    private static final String PREFIX = "ensemble-test-" + UUID.randomUUID() + ":";
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE_A = EnsembleTestApp.redisBusNode(SMTP, PREFIX);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE_B = EnsembleTestApp.redisBusNode(SMTP, PREFIX);

    @Test
    void suspension_on_node_a_closes_the_users_sockets_on_node_b_with_the_reason_and_refuses_the_token()
            throws Exception {
        Api a = new Api(NODE_A.getLocalPort());
        Api b = new Api(NODE_B.getLocalPort());
        RoleSessions roles = new RoleSessions(a, new Inbox(MAIL));
        Accounts.Session root = roles.admin();
        Accounts.Session user = roles.of("INFLUENCER");
        Accounts.Session bystander = roles.of("SALON");
        String port = Integer.toString(NODE_B.getLocalPort());
        NodeScript.Running socketIo = NodeScript.start("suspended.js", port, user.accessToken());
        socketIo.awaitLine("READY");
        try (WsClient ws = WsClient.connected(NODE_B.getLocalPort(), user.accessToken());
             WsClient other = WsClient.connected(NODE_B.getLocalPort(), bystander.accessToken())) {
            assertThat(b.get("/api/v1/auth/me", user.accessToken()).status()).isEqualTo(200);

            Reply r = new AdminRoutes(a).suspend(user.userId(), "Fraudulent listings", root);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);

            JsonNode notice = ws.await("account_suspended", f -> true);
            assertThat(notice.path("data").path("reason").asText()).isEqualTo("Fraudulent listings");
            assertThat(notice.path("data").path("userId").asText()).isEqualTo(user.userId());
            assertThat(ws.await("error", f -> true).path("data").path("code").asText()).isEqualTo("ACCOUNT_SUSPENDED");
            assertThat(ws.awaitClose()).as("/ws closed with policy violation").isEqualTo(1008);

            JsonNode sio = socketIo.result();
            java.util.List<String> events = new java.util.ArrayList<>();
            sio.path("events").forEach(e -> events.add(e.asText()));
            assertThat(events).as("the notice, then the error, then the disconnect: " + sio.toPrettyString())
                    .endsWith("account_suspended", "error");
            assertThat(sio.path("suspended").path("reason").asText()).isEqualTo("Fraudulent listings");
            assertThat(sio.path("disconnect").asText()).as(sio.toPrettyString()).isEqualTo("io server disconnect");

            Reply next = b.get("/api/v1/auth/me", user.accessToken());
            assertThat(next.status()).as("the very next request on node B: " + next).isEqualTo(401);
            try (WsClient again = WsClient.connect(NODE_B.getLocalPort(), user.accessToken())) {
                assertThat(again.receives("connected", f -> true, Duration.ofSeconds(2)))
                        .as("a new socket with the old token").isFalse();
            }
            assertThat(other.isOpen()).as("another user's socket stays open").isTrue();
            assertThat(b.get("/api/v1/auth/me", bystander.accessToken()).status()).isEqualTo(200);
        }
    }
}
