package io.ensemble.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.privacy.PrivacyFixtures.History;
import io.ensemble.app.privacy.PrivacyFixtures.Person;
import io.ensemble.app.support.AdminTasks;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The erasure job (issue 20 §4) is resumable and idempotent: a step that fails (a simulated outage of the
 * profiles table) leaves the request at that step with the error visible to admins; the next run resumes
 * there and finishes; running the whole erasure again changes nothing.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ErasureJobResumeTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String JOB = "privacy-requests";

    private Api api;
    private PrivacyFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        fixtures = new PrivacyFixtures(api, new Inbox(MAIL));
    }

    private String snapshot(Person erin, History history) {
        return Sql.count("SELECT count(*) FROM messages WHERE sender_id = ? AND (NOT deleted OR content IS NOT NULL)",
                erin.uuid())
                + "/" + Sql.count("SELECT price_amount FROM orders WHERE id = ?", UUID.fromString(history.orderId()))
                + "/" + Sql.count("SELECT count(*) FROM users WHERE id = ? AND status = 'DELETED' AND email LIKE "
                + "'deleted-%@deleted.invalid'", erin.uuid())
                + "/" + Sql.count("SELECT count(*) FROM profiles WHERE user_id = ? AND phone = ''", erin.uuid())
                + "/" + Sql.count("SELECT count(*) FROM media WHERE owner_id = ?", erin.uuid());
    }

    @Test
    void an_interrupted_erasure_resumes_at_its_step_and_running_it_again_is_harmless() throws Exception {
        Person erin = fixtures.person("CREATOR");
        Person brand = fixtures.person("BRAND");
        Person admin = fixtures.admin();
        History history = fixtures.richHistory(erin, brand, admin);
        String trigger = "privacy_test_outage_" + PrivacyFixtures.word(8);
        Sql.execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'simulated outage'; END $$");
        Sql.execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON profiles FOR EACH ROW WHEN (OLD.user_id = '"
                + erin.id() + "') EXECUTE FUNCTION " + trigger + "()");
        Reply interrupted;
        try {
            assertThat(fixtures.deleteOwn(erin, io.ensemble.app.support.Accounts.PASSWORD).status()).isEqualTo(200);
            interrupted = Awaitility.await("the failed step").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> api.get("/api/v1/admin/users/" + erin.id() + "/deletion", admin.token()),
                            r -> r.status() == 200 && !r.data().path("error").isNull());
        } finally {
            Sql.execute("DROP TRIGGER " + trigger + " ON profiles");
            Sql.execute("DROP FUNCTION " + trigger + "()");
        }
        assertThat(interrupted.data().path("error").asText()).contains("simulated outage");
        assertThat(interrupted.data().path("status").asText()).isNotEqualTo("DONE");
        int stoppedAt = interrupted.data().path("stepsDone").asInt();
        assertThat(stoppedAt).isPositive().isLessThan(interrupted.data().path("stepsTotal").asInt());
        assertThat(Sql.count("SELECT count(*) FROM messages WHERE sender_id = ? AND deleted", erin.uuid()))
                .as("the steps before the failure are done").isPositive();
        assertThat(Sql.count("SELECT count(*) FROM users WHERE id = ? AND email = ?", erin.uuid(), erin.email()))
                .as("the steps after it are not").isEqualTo(1);

        String run = AdminTasks.run(api.client(), APP.getAdminPort(), JOB);
        assertThat(run).startsWith("succeeded");
        Reply done = fixtures.awaitErased(admin, erin.id());
        assertThat(done.data().path("error").isNull()).isTrue();
        String erased = snapshot(erin, history);
        assertThat(erased).isEqualTo("0/4200/1/1/0");

        Sql.execute("UPDATE privacy_requests SET status = 'PENDING', steps_done = 0, finished_at = NULL WHERE user_id = ?",
                erin.uuid());
        assertThat(AdminTasks.run(api.client(), APP.getAdminPort(), JOB)).startsWith("succeeded");
        fixtures.awaitErased(admin, erin.id());
        assertThat(snapshot(erin, history)).isEqualTo(erased);
        assertThat(api.get(PrivacyFixtures.CHAT + history.conversationId() + "/messages", brand.token()).status())
                .isEqualTo(200);
    }
}
