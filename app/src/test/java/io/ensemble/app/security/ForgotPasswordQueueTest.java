package io.ensemble.app.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 28 §4: forgot-password does the same work for every address (it only queues it), so no
 * request path talks to the mail server and known and unknown addresses answer alike; the code is
 * mailed by the background job shortly after. The mail server sits behind an {@link SmtpGate} that
 * can make it hang: a request that mailed inline would wait on it and give up, and the gate sees that.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ForgotPasswordQueueTest {
    private static final String FORGOT = "/api/v1/auth/forgot-password";
    private static final Set<String> PER_ANSWER_HEADERS = Set.of("date", "x-request-id");
    private static final int SMTP = FreePort.find();
    private static final SmtpGate GATE = new SmtpGate(SMTP);
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("mail.port", Integer.toString(GATE.port())),
            ConfigOverride.config("mail.timeoutMs", "5000"));

    private Api api;
    private Inbox inbox;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        inbox = new Inbox(MAIL);
        accounts = new Accounts(api, inbox);
    }

    @AfterEach
    void openGate() {
        GATE.release();
    }

    @AfterAll
    static void closeGate() throws Exception {
        GATE.close();
    }

    private static void await(String what, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }

    @Test
    void the_answer_does_not_wait_for_the_mail_server_and_the_code_arrives_from_the_queue() throws Exception {
        Accounts.Session s = accounts.verifiedSession("queued-reset");
        int mailsBefore = inbox.count(s.email());
        GATE.hold();
        int abandonedBefore = GATE.abandonedWhileHeld();

        Reply answer = api.post(FORGOT, Map.of("email", s.email()));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(GATE.abandonedWhileHeld()).as("SMTP sessions given up while the request was answered")
                .isEqualTo(abandonedBefore);
        assertThat(inbox.count(s.email())).isEqualTo(mailsBefore);

        GATE.release();
        await("the queued reset mail", () -> inbox.count(s.email()) == mailsBefore + 1);
        assertThat(inbox.messagesFor(s.email()).get(mailsBefore).getSubject()).isEqualTo("Reset your password");
        Reply verify = api.post("/api/v1/auth/verify-forgot-otp",
                Map.of("email", s.email(), "otp", inbox.latestOtp(s.email())));
        assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
    }

    @Test
    void known_and_unknown_addresses_get_the_same_status_body_and_headers() throws Exception {
        Accounts.Session s = accounts.verifiedSession("same-answer");

        Reply known = api.post(FORGOT, Map.of("email", s.email()));
        Reply unknown = api.post(FORGOT, Map.of("email", Accounts.uniqueEmail("no-account")));

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(200);
        assertThat(unknown.raw()).isEqualTo(known.raw());
        assertThat(comparableHeaders(unknown)).isEqualTo(comparableHeaders(known));
    }

    private static Map<String, List<String>> comparableHeaders(Reply r) {
        Map<String, List<String>> out = new TreeMap<>();
        r.headers().map().forEach((name, values) -> {
            if (!PER_ANSWER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                out.put(name.toLowerCase(Locale.ROOT), values);
            }
        });
        return out;
    }
}
