package io.ensemble.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 25 "Nothing traded": logout and password reset answered by node A revoke the access token on node B
 * at once, i.e. the very next request there is refused, with no wait and no retry. Two nodes share PostgreSQL
 * and the real Redis bus (a channel prefix unique to this run), as in production; this is the guard for any
 * per-node cache of session validity. Each token is first used on both nodes, so such a cache would be warm.
 * Not covered: open {@code /ws} sockets of the user stay open after logout (observed on both nodes, they keep
 * receiving messages). Suspension, which closes the user's sockets on every node, is
 * {@code io.ensemble.app.admin.SuspensionAcrossNodesTest}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RevocationAcrossNodesTest {
    private static final int SMTP = FreePort.find();
    private static final String PREFIX = "ensemble-test-" + UUID.randomUUID() + ":";
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE_A = EnsembleTestApp.redisBusNode(SMTP, PREFIX);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE_B = EnsembleTestApp.redisBusNode(SMTP, PREFIX);

    @Test
    void logout_on_node_a_refuses_the_access_token_on_node_b_at_once() {
        Api a = new Api(NODE_A.getLocalPort());
        Api b = new Api(NODE_B.getLocalPort());
        Accounts.Session s = new Accounts(a, new Inbox(MAIL)).verifiedSession("revoke-logout");
        Accounts.Session other = new Accounts(a, new Inbox(MAIL)).login(s.email(), Accounts.PASSWORD, s.userId());
        provenWorkingOnBothNodes(a, b, s.accessToken());
        provenWorkingOnBothNodes(a, b, other.accessToken());

        Reply logout = a.post("/api/v1/auth/logout", Map.of(), s.accessToken());
        assertThat(logout.status()).as(logout.toString()).isEqualTo(200);

        Reply next = b.get("/api/v1/auth/me", s.accessToken());
        assertThat(next.status()).as("the very next request on node B: " + next).isEqualTo(401);
        assertThat(next.code()).isEqualTo("SESSION_REVOKED");
        assertThat(a.get("/api/v1/auth/me", s.accessToken()).status()).isEqualTo(401);
        assertThat(b.get("/api/v1/auth/me", other.accessToken()).status())
                .as("logout ends only the caller's own session").isEqualTo(200);
    }

    @Test
    void password_reset_on_node_a_refuses_every_old_access_token_on_node_b_at_once() {
        Api a = new Api(NODE_A.getLocalPort());
        Api b = new Api(NODE_B.getLocalPort());
        Inbox inbox = new Inbox(MAIL);
        Accounts.Session s = new Accounts(a, inbox).verifiedSession("revoke-reset");
        Accounts.Session onB = new Accounts(b, inbox).login(s.email(), Accounts.PASSWORD, s.userId());
        provenWorkingOnBothNodes(a, b, s.accessToken());
        provenWorkingOnBothNodes(a, b, onB.accessToken());

        int mailsBefore = inbox.count(s.email());
        assertThat(a.post("/api/v1/auth/forgot-password", Map.of("email", s.email())).status()).isEqualTo(200);
        Awaitility.await("the reset mail").atMost(Duration.ofSeconds(10))
                .until(() -> inbox.count(s.email()) == mailsBefore + 1);
        Reply verify = a.post("/api/v1/auth/verify-forgot-otp",
                Map.of("email", s.email(), "otp", inbox.latestOtp(s.email())));
        assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
        Reply reset = a.post("/api/v1/auth/reset-password",
                Map.of("resetToken", verify.data().path("resetToken").asText(), "newPassword", "BrandNewPass456!"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);

        Reply next = b.get("/api/v1/auth/me", s.accessToken());
        assertThat(next.status()).as("the very next request on node B: " + next).isEqualTo(401);
        assertThat(next.code()).isEqualTo("SESSION_REVOKED");
        Reply nextOfB = b.get("/api/v1/auth/me", onB.accessToken());
        assertThat(nextOfB.status()).as("a session started on node B itself: " + nextOfB).isEqualTo(401);
        assertThat(a.get("/api/v1/auth/me", onB.accessToken()).status()).isEqualTo(401);
        Reply relogin = b.post("/api/v1/auth/login", Map.of("email", s.email(), "password", "BrandNewPass456!"));
        assertThat(relogin.status()).as(relogin.toString()).isEqualTo(200);
    }

    /** Uses the token on both nodes first, so a node that would cache the session's validity has cached it. */
    private static void provenWorkingOnBothNodes(Api a, Api b, String accessToken) {
        for (Api node : new Api[] {b, a, b}) {
            Reply me = node.get("/api/v1/auth/me", accessToken);
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
        }
    }
}
