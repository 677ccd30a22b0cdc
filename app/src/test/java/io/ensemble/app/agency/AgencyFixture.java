package io.ensemble.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared steps of the agency tests: admin calls, the invitation e-mail's link, a member who set a password. */
final class AgencyFixture {
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%\\-]+)");
    static final String NEW_PASSWORD = "MemberPass123!";
    private final Api api;
    private final Inbox inbox;

    AgencyFixture(Api api, Inbox inbox) {
        this.api = api;
        this.inbox = inbox;
    }

    Reply put(String path, Object body, String token) {
        return api.sendRaw("PUT", path, Api.toJson(body), token, Map.of());
    }

    Reply patch(String path, Object body, String token) {
        return api.sendRaw("PATCH", path, Api.toJson(body), token, Map.of());
    }

    Reply delete(String path, String token) {
        return api.sendRaw("DELETE", path, null, token, Map.of());
    }

    /** @return the set-password token of the newest mail to {@code email} (waits up to 10 s) */
    String inviteToken(String email) {
        String body = newestMail(email);
        Matcher m = TOKEN.matcher(body);
        assertThat(m.find()).as("a set-password link in: " + body).isTrue();
        return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** @return the text of the newest mail to {@code email} */
    String newestMail(String email) {
        List<MimeMessage> mails = org.awaitility.Awaitility.await("a mail to " + email).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(() -> inbox.messagesFor(email), l -> !l.isEmpty());
        try {
            return mails.get(mails.size() - 1).getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Spends the invitation token on a password. */
    Reply setPassword(String token) {
        return api.post("/api/v1/auth/reset-password", Map.of("resetToken", token, "newPassword", NEW_PASSWORD));
    }

    /** An admin invites {@code name}; the member sets a password from the e-mail and logs in. */
    Accounts.Session member(String adminToken, String prefix) {
        String email = Accounts.uniqueEmail(prefix);
        Reply invited = api.post("/api/v1/agency/members", Map.of("name", "Member " + prefix, "email", email),
                adminToken);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(setPassword(inviteToken(email)).status()).isEqualTo(200);
        return new Accounts(api, inbox).login(email, NEW_PASSWORD, invited.data().path("id").asText());
    }
}
