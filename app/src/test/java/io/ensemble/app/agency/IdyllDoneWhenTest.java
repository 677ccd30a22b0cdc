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
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 22 "Done when", with {@code CLIENT_PROFILE=idyll} and only seeds/003's own paths and events: an
 * applicant applies, an admin approves, the new member sets a password from the e-mailed link and logs in,
 * the admin assigns a task (the member's {@code /ws/chat} socket gets {@code task_created}), schedules a
 * meeting, pays the member ({@code payout_updated} arrives, pending then paid), and the team chats on
 * {@code /ws/chat}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdyllDoneWhenTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("clientProfile", "idyll"));

    @Test
    void an_applicant_becomes_a_member_gets_a_task_a_meeting_and_a_payout_live_and_chats_with_the_team() {
        Api api = new Api(APP.getLocalPort());
        Inbox inbox = new Inbox(MAIL);
        AgencyFixture fx = new AgencyFixture(api, inbox);
        Accounts.Session adminAccount = new RoleSessions(api, inbox).admin();
        Reply adminLogin = api.post("/api/auth/login", Map.of("email", adminAccount.email(), "password",
                Accounts.PASSWORD));
        assertThat(adminLogin.status()).as(adminLogin.toString()).isEqualTo(200);
        String admin = adminLogin.json().path("token").asText();

        String email = Accounts.uniqueEmail("idyll-applicant");
        Reply applied = api.post("/api/applications", Map.of("name", "Nia Editor", "email", email,
                "phone", "+14155550123", "roleAppliedFor", "Editor", "portfolioLinks", List.of("https://nia.example"),
                "message", "I cut reels"));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        Reply approved = fx.put("/api/applications/" + applied.json().path("id").asText() + "/approve", Map.of(), admin);
        assertThat(approved.json().path("status").asText()).as(approved.toString()).isEqualTo("approved");

        assertThat(fx.setPassword(fx.inviteToken(email)).status()).as("the e-mailed link sets the password")
                .isEqualTo(200);
        Reply memberLogin = api.post("/api/auth/login", Map.of("email", email, "password", AgencyFixture.NEW_PASSWORD));
        assertThat(memberLogin.status()).as(memberLogin.toString()).isEqualTo(200);
        String member = memberLogin.json().path("token").asText();
        String memberId = memberLogin.json().path("user").path("id").asText();
        String adminId = adminLogin.json().path("user").path("id").asText();

        int port = APP.getLocalPort();
        try (WsClient memberSocket = WsClient.connectTo(port, "/ws/chat?token=" + member, Map.of());
             WsClient adminSocket = WsClient.connectTo(port, "/ws/chat", Map.of("Authorization", "Bearer " + admin))) {
            memberSocket.await("connected", f -> true);
            adminSocket.await("connected", f -> true);
            memberSocket.request("join_room", Map.of("userId", memberId, "role", "member"));
            adminSocket.request("join_room", Map.of("userId", adminId, "role", "admin"));

            Reply task = api.post("/api/tasks", Map.of("title", "Cut the teaser", "assigneeIds", List.of(memberId),
                    "priority", "high", "dueAt", Instant.now().plus(Duration.ofDays(2)).toString()), admin);
            assertThat(task.status()).as(task.toString()).isEqualTo(201);
            String taskId = task.json().path("id").asText();
            memberSocket.await("task_created", f -> f.path("data").path("task").path("id").asText().equals(taskId));

            Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
            Reply meeting = api.post("/api/meetings", Map.of("title", "Teaser review", "startsAt", start.toString(),
                    "durationMinutes", 30, "attendeeIds", List.of(memberId), "link", "https://meet.example/teaser"), admin);
            assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
            assertThat(api.get("/api/meetings", member).json().findValuesAsText("title")).contains("Teaser review");

            Reply payout = api.post("/api/payouts", Map.of("userId", memberId, "amount", 350, "currency", "USD",
                    "description", "Teaser edit"), admin);
            assertThat(payout.status()).as(payout.toString()).isEqualTo(201);
            String payoutId = payout.json().path("id").asText();
            memberSocket.await("payout_updated", f -> f.path("data").path("payoutId").asText().equals(payoutId));
            Reply paid = fx.put("/api/payouts/" + payoutId, Map.of("status", "paid"), admin);
            assertThat(paid.json().path("status").asText()).as(paid.toString()).isEqualTo("paid");
            memberSocket.await("payout_updated", f -> f.path("data").path("payoutId").asText().equals(payoutId)
                    && f.path("data").path("status").asText().equals("paid"));

            memberSocket.request("send_message", Map.of("message", "Teaser is up for review", "sender", memberId));
            JsonNode heard = adminSocket.await("new_message", f -> f.path("data").path("message").asText()
                    .equals("Teaser is up for review")).path("data");
            assertThat(heard.path("sender").asText()).isEqualTo("Nia Editor");
            assertThat(heard.path("timestamp").asText()).isNotBlank();
            JsonNode history = api.get("/api/chat/messages", admin).json();
            assertThat(history.path("messages").findValuesAsText("message")).contains("Teaser is up for review");
        }
    }
}
