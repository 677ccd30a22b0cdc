package io.ensemble.app.moderation;

import static io.ensemble.app.moderation.ModerationFixture.ADMIN_REPORTS;
import static io.ensemble.app.moderation.ModerationFixture.REPORTS;
import static io.ensemble.app.moderation.ModerationFixture.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.ensemble.app.support.Sql;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: {@code POST /api/v1/reports} (issue 20 §3) over HTTP on real PostgreSQL: reports of a
 * message, a package, a user and a profile; once per reporter and target (409); content the reporter
 * cannot see (a message of another conversation, an unknown id) is 404; bad input is 400 naming the
 * field with nothing written.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ReportRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private Api api;
    private RoleSessions roles;
    private ModerationFixture fx;
    private Accounts.Session alice;
    private Accounts.Session bob;
    private Accounts.Session carol;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        roles = new RoleSessions(api, new Inbox(MAIL));
        fx = new ModerationFixture(api);
        alice = roles.of("INFLUENCER");
        bob = roles.of("SALON");
        carol = roles.of("CREATOR");
    }

    private static long reportsBy(Accounts.Session who) {
        return Sql.count("SELECT count(*) FROM reports WHERE reporter_id = ?", UUID.fromString(who.userId()));
    }

    @Test
    void a_member_reports_a_message_of_their_conversation() {
        String conversation = fx.direct(alice, bob);
        String message = fx.sendText(bob, conversation, "rude words");

        Reply r = fx.report(alice, "message", message, "harassment");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode report = r.data();
        assertThat(report.path("reporterId").asText()).isEqualTo(alice.userId());
        assertThat(report.path("targetType").asText()).isEqualTo("message");
        assertThat(report.path("targetId").asText()).isEqualTo(message);
        assertThat(report.path("authorId").asText()).isEqualTo(bob.userId());
        assertThat(report.path("reason").asText()).isEqualTo("harassment");
        assertThat(report.path("note").asText()).isEqualTo("please look");
        assertThat(report.path("status").asText()).isEqualTo("open");
        assertThat(report.path("resolution").isNull()).isTrue();
        assertThat(reportsBy(alice)).isEqualTo(1);
    }

    @Test
    void users_profiles_and_packages_can_be_reported_by_anyone_who_sees_them() {
        String pkg = fx.createPackage(carol);
        Reply ofPackage = fx.report(alice, "package", pkg, "scam");
        assertThat(ofPackage.status()).as(ofPackage.toString()).isEqualTo(201);
        assertThat(ofPackage.data().path("authorId").asText()).isEqualTo(carol.userId());
        Reply ofUser = fx.report(alice, "user", bob.userId(), "impersonation");
        assertThat(ofUser.status()).as(ofUser.toString()).isEqualTo(201);
        assertThat(ofUser.data().path("authorId").asText()).isEqualTo(bob.userId());
        Reply ofProfile = fx.report(alice, "PROFILE", bob.userId(), "spam");
        assertThat(ofProfile.status()).as(ofProfile.toString()).isEqualTo(201);
        assertThat(ofProfile.data().path("targetType").asText()).isEqualTo("profile");
        assertThat(reportsBy(alice)).isEqualTo(3);
    }

    @Test
    void a_second_report_of_the_same_target_is_a_conflict() {
        fx.reported(alice, "user", bob.userId());

        assertError(fx.report(alice, "user", bob.userId(), "spam"), 409, "ALREADY_REPORTED");
        assertThat(reportsBy(alice)).isEqualTo(1);
        assertThat(fx.report(carol, "user", bob.userId(), "spam").status()).isEqualTo(201);
    }

    @Test
    void content_the_reporter_cannot_see_is_not_found_and_nothing_is_written() {
        String conversation = fx.direct(alice, bob);
        String message = fx.sendText(bob, conversation, "just between us");
        String pkg = fx.createPackage(carol);
        assertThat(api.sendRaw("DELETE", "/api/v1/packages/" + pkg, null, carol.accessToken(), Map.of()).status())
                .isIn(200, 204);

        assertError(fx.report(carol, "message", message, "spam"), 404, "NOT_FOUND");
        assertError(fx.report(alice, "package", pkg, "spam"), 404, "NOT_FOUND");
        assertError(fx.report(alice, "message", UUID.randomUUID().toString(), "spam"), 404, "NOT_FOUND");
        assertError(fx.report(alice, "user", UUID.randomUUID().toString(), "spam"), 404, "NOT_FOUND");
        Sql.execute("UPDATE users SET status = 'SUSPENDED' WHERE id = ?", UUID.fromString(bob.userId()));
        assertError(fx.report(alice, "profile", bob.userId(), "spam"), 404, "NOT_FOUND");
        assertThat(reportsBy(carol) + reportsBy(alice)).isZero();
    }

    @Test
    void bad_input_names_the_field_and_writes_nothing() {
        Reply empty = api.post(REPORTS, Map.of(), alice.accessToken());
        assertError(empty, 400, "VALIDATION_FAILED");
        assertThat(empty.invalidFields()).containsExactlyInAnyOrder("targetType", "targetId", "reason");

        Reply bad = fx.report(alice, "comment", "not-an-id", "rude");
        assertError(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.invalidFields()).containsExactlyInAnyOrder("targetType", "targetId", "reason");

        Map<String, Object> longNote = new HashMap<>(Map.of("targetType", "user", "targetId", bob.userId(),
                "reason", "spam", "note", "x".repeat(1001)));
        Reply tooLong = api.post(REPORTS, longNote, alice.accessToken());
        assertError(tooLong, 400, "VALIDATION_FAILED");
        assertThat(tooLong.invalidFields()).containsExactly("note");

        Reply self = fx.report(alice, "user", alice.userId(), "spam");
        assertError(self, 400, "VALIDATION_FAILED");
        assertThat(self.invalidFields()).containsExactly("targetId");

        assertThat(api.post(REPORTS, Map.of("targetType", "user", "targetId", bob.userId(), "reason", "spam"))
                .status()).isEqualTo(401);
        assertThat(reportsBy(alice)).isZero();
        assertThat(api.get(ADMIN_REPORTS, alice.accessToken()).status()).isEqualTo(403);
    }
}
