package io.ensemble.identity;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.Unauthenticated;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every login attempt leaves an audit record (issue 20 §2), in the session's transaction when it succeeds. */
class LoginAuditTest {
    static final String EMAIL = "alice@example.com";

    final IdentityFixture f = IdentityFixture.withRollback();

    private AuditRecord onlyRecord() {
        assertThat(f.auditRecords.all()).hasSize(1);
        return f.auditRecords.all().get(0);
    }

    @Test
    void a_successful_login_is_recorded_by_the_user_with_the_request_origin() {
        User alice = f.verifiedUser(EMAIL);

        f.login(EMAIL);

        AuditRecord r = onlyRecord();
        assertThat(r.action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
        assertThat(r.actorId()).contains(alice.id());
        assertThat(r.target()).contains(AuditTarget.user(alice.id()));
        assertThat(r.clientAddress()).contains("198.51.100.23");
        assertThat(r.requestId()).contains("req-fixture");
        assertThat(r.occurredAt()).isEqualTo(IdentityFixture.START);
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void an_unknown_email_is_recorded_as_a_failed_login_without_actor_or_target() {
        failsWith(Unauthenticated.class, "INVALID_CREDENTIALS", () -> f.login("nobody@example.com", "Wr0ng-Pass"));

        AuditRecord r = onlyRecord();
        assertThat(r.action()).isEqualTo(AuditAction.LOGIN_FAILED);
        assertThat(r.actorId()).isEmpty();
        assertThat(r.target()).isEmpty();
        assertThat(r.clientAddress()).contains("198.51.100.23");
        assertThat(r.toString()).doesNotContain("nobody@example.com").doesNotContain("Wr0ng-Pass");
        assertThat(r.changes()).containsExactly(FieldChange.of("reason", null, "unknown_account"));
    }

    @Test
    void a_wrong_password_unverified_or_suspended_account_is_recorded_as_a_failed_login_of_that_account() {
        User alice = f.verifiedUser(EMAIL);
        failsWith(Unauthenticated.class, "INVALID_CREDENTIALS", () -> f.login(EMAIL, "Wr0ng-Pass"));
        f.users.setStatus(alice.id(), AccountStatus.SUSPENDED);
        failsWith(Forbidden.class, "ACCOUNT_SUSPENDED", () -> f.login(EMAIL));
        f.signUp("bob@example.com");
        failsWith(Forbidden.class, "EMAIL_NOT_VERIFIED", () -> f.login("bob@example.com"));

        assertThat(f.auditRecords.all()).hasSize(3).allSatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.LOGIN_FAILED);
            assertThat(r.actorId()).isEmpty();
            assertThat(r.toString()).doesNotContain("Wr0ng-Pass");
        });
        assertThat(f.auditRecords.all()).extracting(AuditRecord::target).containsExactly(
                Optional.of(AuditTarget.user(alice.id())), Optional.of(AuditTarget.user(alice.id())),
                Optional.of(AuditTarget.user(f.users.get("bob@example.com").id())));
        assertThat(f.auditRecords.all()).extracting(r -> r.changes().get(0).after().orElseThrow())
                .containsExactly("wrong_password", "suspended", "email_not_verified");
    }

    @Test
    void a_logout_is_recorded_by_the_caller_with_the_session_as_target() {
        f.verifiedUser(EMAIL);
        Caller caller = f.sessionService.authenticate(f.login(EMAIL).tokens().accessToken());

        f.sessionService.logout(caller, IdentityFixture.ORIGIN);

        AuditRecord r = f.auditRecords.all().get(f.auditRecords.all().size() - 1);
        assertThat(r.action()).isEqualTo(AuditAction.LOGOUT);
        assertThat(r.actorId()).contains(caller.userId());
        assertThat(r.target()).contains(new AuditTarget("session", caller.sessionId().toString()));
        assertThat(r.requestId()).contains("req-fixture");
    }

    @Test
    void a_login_whose_audit_record_cannot_be_written_creates_no_session() {
        User alice = f.verifiedUser(EMAIL);
        SessionService failingAudit = new SessionService(f.users, f.sessions, f.hasher, f.accessTokens, f.digest,
                f.transactions, f.ids, f.clock, f.settings, entry -> {
                    throw new IllegalStateException("audit store down");
                });

        assertThatThrownBy(() -> failingAudit.login(new Credentials(EMAIL, IdentityFixture.PASSWORD),
                IdentityFixture.ORIGIN)).hasMessage("audit store down");

        assertThat(f.sessions.sessionsOf(alice.id())).isEmpty();
        assertThat(f.sessions.allTokens()).isEmpty();
    }
}
