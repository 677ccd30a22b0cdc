package io.ensemble.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link AccountSuspension} through the narrow {@link SuspendAccounts} port (issue 20 §1): only an active admin
 * suspends; the status, the sessions and the audit record change together; the sockets are told after commit, once.
 */
class AccountSuspensionTest {
    final IdentityFixture f = IdentityFixture.withRollback();
    final List<String> endings = new ArrayList<>();
    final SuspendAccounts suspensions = new AccountSuspension(f.users, f.sessions, f.audit,
            (userId, reason) -> endings.add(userId + ": " + reason), f.transactions, f.clock,
            new io.ensemble.notifications.InMemoryOutbox(), f.ids);

    private UUID admin() {
        return f.admins.ensureAdmin("root@example.com", IdentityFixture.PASSWORD, "Root").userId();
    }

    @Test
    void an_admin_suspends_a_user_whose_sessions_end_and_whose_sockets_are_told_the_reason() {
        UUID root = admin();
        User alice = f.verifiedUser("alice@example.com");
        String token = f.login("alice@example.com").tokens().accessToken();
        int before = f.auditRecords.all().size();

        suspensions.suspend(root, alice.id(), " Spam ");

        assertThat(f.users.findById(alice.id()).orElseThrow().status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThatThrownBy(() -> f.sessionService.authenticate(token)).isInstanceOf(Unauthenticated.class);
        assertThat(endings).containsExactly(alice.id() + ": Spam");
        AuditRecord r = f.auditRecords.all().get(before);
        assertThat(r.action()).isEqualTo(AuditAction.USER_SUSPENDED);
        assertThat(r.actorId()).contains(root);
        assertThat(r.target()).contains(AuditTarget.user(alice.id()));
        assertThat(r.changes()).containsExactly(FieldChange.of("status", "ACTIVE", "SUSPENDED"),
                FieldChange.of("reason", null, "Spam"));
    }

    @Test
    void a_second_suspension_is_a_conflict_that_records_and_signals_nothing() {
        UUID root = admin();
        User alice = f.verifiedUser("alice@example.com");
        suspensions.suspend(root, alice.id(), "first");
        int records = f.auditRecords.all().size();

        assertThatThrownBy(() -> suspensions.suspend(root, alice.id(), "second"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("ALREADY_SUSPENDED"));
        assertThat(f.auditRecords.all()).hasSize(records);
        assertThat(endings).hasSize(1);
    }

    @Test
    void non_admins_suspended_admins_and_self_suspension_are_refused_without_change() {
        UUID root = admin();
        User alice = f.verifiedUser("alice@example.com");
        User bob = f.verifiedUser("bob@example.com");

        assertThatThrownBy(() -> suspensions.suspend(bob.id(), alice.id(), "no")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> suspensions.suspend(UUID.randomUUID(), alice.id(), "no")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> suspensions.suspend(root, root, "me"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("CANNOT_SUSPEND_SELF"));
        assertThatThrownBy(() -> suspensions.suspend(root, alice.id(), " "))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        e -> assertThat(e.errors()).extracting(x -> x.field()).containsExactly("reason"));
        assertThat(f.users.findById(alice.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(endings).isEmpty();
    }

    @Test
    void unsuspend_reactivates_and_is_audited_and_a_second_one_conflicts() {
        UUID root = admin();
        User alice = f.verifiedUser("alice@example.com");
        suspensions.suspend(root, alice.id(), "spam");

        suspensions.unsuspend(root, alice.id());

        assertThat(f.users.findById(alice.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        AuditRecord last = f.auditRecords.all().get(f.auditRecords.all().size() - 1);
        assertThat(last.action()).isEqualTo(AuditAction.USER_UNSUSPENDED);
        assertThat(last.changes()).containsExactly(FieldChange.of("status", "SUSPENDED", "ACTIVE"));
        assertThat(f.login("alice@example.com").user().id()).isEqualTo(alice.id());
        assertThatThrownBy(() -> suspensions.unsuspend(root, alice.id()))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("NOT_SUSPENDED"));
    }
}
