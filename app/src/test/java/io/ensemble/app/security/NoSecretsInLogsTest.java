package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleApplication;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.keys.FakePlaid;
import io.ensemble.app.social.FakeProviders;
import io.ensemble.app.support.LoggingTestConfig;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 28 "no tokens or passwords in logs", done-when: with every logger at ALL, writing the application log
 * and the request log to files in both the text and the JSON layouts, a run through signup, OTP, login,
 * refresh, {@code /auth/me}, password reset, a WebSocket and a Socket.IO handshake with {@code ?token=}, an
 * OAuth link (provider access/refresh tokens, client secret) and a Plaid link leaves none of those secrets in
 * any log line.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class NoSecretsInLogsTest {
    private static final Path DIR = EnsembleTestApp.tempDir("ensemble-secret-logs");
    private static final int SMTP = FreePort.find();
    private static final FakeProviders SOCIAL = new FakeProviders();
    private static final FakePlaid PLAID = new FakePlaid();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = new DropwizardAppExtension<>(
            EnsembleApplication.class, traceConfig(), overrides());

    private static ConfigOverride[] overrides() {
        List<ConfigOverride> out = new ArrayList<>(List.of(EnsembleTestApp.withSharedDatabase(
                ConfigOverride.config("dataDirectory", DIR.resolve("data").toString()),
                ConfigOverride.config("mail.port", Integer.toString(SMTP)))));
        out.addAll(List.of(SOCIAL.overrides()));
        PLAID.settings().forEach((k, v) -> out.add(ConfigOverride.config(k, v)));
        return out.toArray(ConfigOverride[]::new);
    }

    /** test-config.yml with the root logger at ALL and both logs written to files in both layouts. */
    private static String traceConfig() {
        String requestLog = """
                  requestLog:
                    appenders:
                      - type: file
                        currentLogFilename: %s
                        archive: false
                        layout:
                          type: access-text
                      - type: file
                        currentLogFilename: %s
                        archive: false
                        layout:
                          type: access-json
                          includes: [timestamp, method, requestUri, requestUrl, pathQuery, statusCode, requestTime,
                                     requestParameters, requestContent]
                          requestHeaders: [Authorization, Cookie]
                          requestAttributes: [requestId, userId, route]
                """.formatted(DIR.resolve("requests.log"), DIR.resolve("requests.json.log"));
        String logging = """
                logging:
                  level: ALL
                  loggers:
                    # the fake SMTP server's own trace (the other end of the wire, not the service)
                    com.icegreen.greenmail: INFO
                  appenders:
                    - type: file
                      currentLogFilename: %s
                      archive: false
                      layout:
                        type: text
                    - type: file
                      currentLogFilename: %s
                      archive: false
                      layout:
                        type: json
                        includesMdcKeys: [requestId, userId]
                        flattenMdc: true

                """.formatted(DIR.resolve("app.log"), DIR.resolve("app.json.log"));
        Path file = DIR.resolve("trace-config.yml");
        assertThat(LoggingTestConfig.write(file, requestLog, logging)).contains("access-json").contains("level: ALL");
        return file.toString();
    }

    @AfterAll
    static void stopFakes() {
        SOCIAL.stop();
        PLAID.stop();
    }

    @Test
    void a_whole_run_at_trace_writes_no_password_token_otp_or_provider_secret() throws Exception {
        Api api = new Api(APP.getLocalPort());
        Inbox inbox = new Inbox(MAIL);
        Map<String, String> secrets = new LinkedHashMap<>();

        String email = Accounts.uniqueEmail("no-secrets");
        String password = "Pw-" + UUID.randomUUID().toString().substring(0, 13) + "!";
        secrets.put("password", password);
        Reply signup = api.post("/api/v1/auth/signup/influencer",
                Map.of("name", "Log Tester", "email", email, "password", password, "termsAccepted", true));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
        String otp = inbox.latestOtp(email);
        secrets.put("signup OTP", otp);
        assertThat(api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", otp)).status()).isEqualTo(200);

        Reply login = api.post("/api/v1/auth/login", Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        secrets.put("login access token", login.data().path("accessToken").asText());
        secrets.put("login refresh token", login.data().path("refreshToken").asText());
        Reply refreshed = api.post("/api/v1/auth/refresh",
                Map.of("refreshToken", login.data().path("refreshToken").asText()));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String access = refreshed.data().path("accessToken").asText();
        secrets.put("refreshed access token", access);
        secrets.put("refreshed refresh token", refreshed.data().path("refreshToken").asText());
        assertThat(api.get("/api/v1/auth/me", access).status()).isEqualTo(200);

        try (WsClient ws = WsClient.connect(APP.getLocalPort(), access)) {
            assertThat(ws.isOpen()).isTrue();
        }
        HttpResponse<String> socketIo = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        api.base() + "/socket.io/?EIO=4&transport=polling&token=" + URLEncoder.encode(access,
                                StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(socketIo.statusCode()).as(socketIo.body()).isLessThan(500);

        String platform = "twitch";
        String code = "code-" + UUID.randomUUID().toString().substring(0, 12);
        SOCIAL.account(platform, code, "tw-" + code, "streamer" + code.substring(5, 10), 4242);
        secrets.put("OAuth code", code);
        secrets.put("provider access token", "at-" + code);
        secrets.put("provider refresh token", "rt-" + code);
        secrets.put("provider client secret", platform + "-secret");
        Reply started = api.get("/api/v1/social-media/" + platform + "/auth", access);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        Reply linked = api.get("/api/v1/social-media/" + platform + "/oauth/callback?code=" + code + "&state="
                + URLEncoder.encode(started.data().path("state").asText(), StandardCharsets.UTF_8));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);

        Accounts.Session host = new RoleSessions(api, inbox).of("HOST");
        secrets.put("host access token", host.accessToken());
        secrets.put("host refresh token", host.refreshToken());
        secrets.put("Plaid public token", FakePlaid.PUBLIC_TOKEN);
        secrets.put("Plaid access token", FakePlaid.ACCESS_TOKEN);
        secrets.put("Plaid secret", PLAID.settings().get("bankLinking.secret"));
        Reply bank = api.post("/api/v1/bank/exchange-token", Map.of("publicToken", FakePlaid.PUBLIC_TOKEN),
                host.accessToken());
        assertThat(bank.status()).as(bank.toString()).isEqualTo(201);

        int mails = inbox.count(email);
        assertThat(api.post("/api/v1/auth/forgot-password", Map.of("email", email)).status()).isEqualTo(200);
        awaitMail(inbox, email, mails + 1);
        awaitNoQueuedReset(email); // the queue job commits the code after sending the mail
        String resetOtp = inbox.latestOtp(email);
        secrets.put("reset OTP", resetOtp);
        Reply verified = api.post("/api/v1/auth/verify-forgot-otp", Map.of("email", email, "otp", resetOtp));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        String resetToken = verified.data().path("resetToken").asText();
        secrets.put("reset token", resetToken);
        String newPassword = "New-" + UUID.randomUUID().toString().substring(0, 13) + "?";
        secrets.put("new password", newPassword);
        Reply reset = api.post("/api/v1/auth/reset-password",
                Map.of("resetToken", resetToken, "newPassword", newPassword));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/login", Map.of("email", email, "password", newPassword)).status())
                .isEqualTo(200);

        awaitLine(DIR.resolve("requests.log"), "/api/v1/auth/login"); // the async appenders have caught up
        Thread.sleep(500);
        List<String> leaks = new ArrayList<>();
        long traceOrDebug = 0;
        for (String name : List.of("app.log", "app.json.log", "requests.log", "requests.json.log")) {
            List<String> lines = Files.readAllLines(DIR.resolve(name));
            assertThat(lines).as(name).isNotEmpty();
            for (String line : lines) {
                if (line.contains("DEBUG") || line.contains("TRACE")) {
                    traceOrDebug++;
                }
                secrets.forEach((what, secret) -> {
                    if (Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(secret) + "(?![0-9])").matcher(line).find()) {
                        leaks.add(name + ": " + what + " in: " + line);
                    }
                });
            }
        }
        assertThat(traceOrDebug).as("DEBUG/TRACE lines written, so the search is not vacuous").isGreaterThan(500);
        assertThat(leaks).as("log lines holding a secret").isEmpty();
    }

    private static void awaitLine(Path file, String part) {
        org.awaitility.Awaitility.await("a second " + part + " line in " + file).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> Files.exists(file)
                        && Files.readAllLines(file).stream().filter(l -> l.contains(part)).count() >= 2);
    }

    private static void awaitNoQueuedReset(String email) {
        org.awaitility.Awaitility.await("the reset request of " + email + " handled").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Sql.count("SELECT count(*) FROM password_reset_requests WHERE email = ?", email) == 0);
    }

    private static void awaitMail(Inbox inbox, String email, int count) {
        org.awaitility.Awaitility.await(count + " mails to " + email).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> inbox.count(email) >= count);
        assertThat(inbox.count(email)).isEqualTo(count);
    }
}
