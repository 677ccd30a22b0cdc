package io.ensemble.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InMemoryAuditRepository repository = new InMemoryAuditRepository();
    private final AuditService audit = new AuditService(repository, new SequentialIdGenerator(), clock);
    private final Caller admin = new Caller(UUID.randomUUID(), Role.ADMIN, UUID.randomUUID());
    private final Caller salon = new Caller(UUID.randomUUID(), Role.SALON, UUID.randomUUID());
    private final UUID victim = UUID.randomUUID();

    private AuditRecord suspend() {
        clock.advance(Duration.ofSeconds(1));
        return audit.record(AuditEntry.by(admin.userId(), AuditAction.USER_SUSPENDED, AuditTarget.user(victim))
                .from(RequestOrigin.of("203.0.113.7", "req-1"))
                .with(FieldChange.of("status", "ACTIVE", "SUSPENDED")));
    }

    @Test
    void record_stamps_a_new_id_and_the_clock_time_and_appends_every_field() {
        AuditRecord stored = suspend();

        assertThat(repository.all()).containsExactly(stored);
        assertThat(stored.id()).isEqualTo(new UUID(0, 1));
        assertThat(stored.occurredAt()).isEqualTo(clock.instant());
        assertThat(stored.actorId()).contains(admin.userId());
        assertThat(stored.target()).contains(new AuditTarget("user", victim.toString()));
        assertThat(stored.clientAddress()).contains("203.0.113.7");
        assertThat(stored.requestId()).contains("req-1");
        assertThat(stored.changes()).containsExactly(FieldChange.of("status", "ACTIVE", "SUSPENDED"));
    }

    @Test
    void an_anonymous_failed_login_is_recorded_without_actor_or_target() {
        AuditRecord stored = audit.record(AuditEntry.anonymous(AuditAction.LOGIN_FAILED, Optional.empty())
                .from(RequestOrigin.of("198.51.100.1", null)));

        assertThat(stored.actorId()).isEmpty();
        assertThat(stored.target()).isEmpty();
        assertThat(stored.requestId()).isEmpty();
        assertThat(repository.all()).containsExactly(stored);
    }

    @Test
    void a_password_change_is_recorded_without_the_password() {
        AuditRecord stored = audit.record(AuditEntry.by(victim, AuditAction.PASSWORD_CHANGED, AuditTarget.user(victim))
                .with(FieldChange.of("passwordHash", "$argon2id$old", "$argon2id$new")));

        assertThat(stored.changes()).singleElement().satisfies(c -> {
            assertThat(c.before()).contains(FieldChange.REDACTED);
            assertThat(c.after()).contains(FieldChange.REDACTED);
        });
        assertThat(repository.all().toString()).doesNotContain("argon2id");
    }

    @Test
    void only_admins_read_the_activity_log() {
        suspend();

        assertThatThrownBy(() -> audit.activityLog(salon, AuditFilter.ALL, PageRequest.of(null, null)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> audit.activityLog(salon, new AuditFilter.Text("bad", null, null, null, null, null),
                PageRequest.of(null, null))).isInstanceOf(Forbidden.class);
        assertThat(audit.activityLog(admin, AuditFilter.ALL, PageRequest.of(null, null)).items()).hasSize(1);
        assertThatThrownBy(() -> audit.activityLog(admin, new AuditFilter.Text("bad", null, null, null, null, null),
                PageRequest.of(null, null))).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void the_activity_log_pages_newest_first_and_resumes_after_the_cursor() {
        AuditRecord first = suspend();
        AuditRecord second = suspend();
        AuditRecord third = suspend();

        Page<AuditRecord> page1 = audit.activityLog(admin, AuditFilter.ALL, new PageRequest(2, Optional.empty()));
        assertThat(page1.items()).containsExactly(third, second);
        assertThat(page1.nextCursor()).isPresent();
        Page<AuditRecord> page2 = audit.activityLog(admin, AuditFilter.ALL, new PageRequest(2, page1.nextCursor()));
        assertThat(page2.items()).containsExactly(first);
        assertThat(page2.nextCursor()).isEmpty();
    }

    @Test
    void a_cursor_the_log_did_not_make_is_refused_naming_the_field() {
        assertThatThrownBy(() -> audit.activityLog(admin, AuditFilter.ALL, new PageRequest(20, Optional.of("nope"))))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("cursor"));
    }

    @Test
    void filters_combine_actor_action_target_and_time_range() {
        AuditRecord suspended = suspend();
        clock.advance(Duration.ofSeconds(1));
        AuditRecord login = audit.record(AuditEntry.by(victim, AuditAction.LOGIN_SUCCEEDED, AuditTarget.user(victim)));
        PageRequest page = PageRequest.of(null, null);

        assertThat(audit.activityLog(admin, AuditFilter.parse(admin.userId().toString(), null, null, null, null, null),
                page).items()).containsExactly(suspended);
        assertThat(audit.activityLog(admin, AuditFilter.parse(null, null, null, "login_succeeded", null, null),
                page).items()).containsExactly(login);
        assertThat(audit.activityLog(admin, AuditFilter.parse(null, "user", victim.toString(), null, null, null),
                page).items()).containsExactly(login, suspended);
        assertThat(audit.activityLog(admin, AuditFilter.parse(null, null, null, null,
                suspended.occurredAt().toString(), login.occurredAt().toString()), page).items())
                .containsExactly(suspended);
    }

    @Test
    void purge_removes_only_records_older_than_the_retention() {
        AuditRecord old = suspend();
        clock.advance(Duration.ofDays(300));
        AuditRecord recent = suspend();
        clock.advance(Duration.ofDays(101));

        assertThat(audit.purgeOlderThan(AuditService.DEFAULT_RETENTION)).isEqualTo(1);
        assertThat(repository.all()).containsExactly(recent).doesNotContain(old);
        assertThat(audit.purgeOlderThan(AuditService.DEFAULT_RETENTION)).isZero();
    }

    @Test
    void a_retention_shorter_than_a_day_is_refused_and_purges_nothing() {
        suspend();
        clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> audit.purgeOlderThan(Duration.ofHours(23))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditService.requireRetention(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditService.requireRetention(Duration.ofDays(1))).isEqualTo(Duration.ofDays(1));
        assertThat(repository.all()).hasSize(1);
    }

    @Test
    void request_origins_are_tidied_not_refused() {
        RequestOrigin origin = RequestOrigin.of("  " + "a".repeat(100) + " ", "bad\nid");

        assertThat(origin.clientAddress()).contains("a".repeat(RequestOrigin.MAX_ADDRESS_LENGTH));
        assertThat(origin.requestId()).isEmpty();
        assertThat(RequestOrigin.of(" ", null)).isEqualTo(RequestOrigin.UNKNOWN);
        assertThat(List.of(audit.record(AuditEntry.anonymous(AuditAction.LOGIN_FAILED, Optional.empty()).from(origin))))
                .singleElement().satisfies(r -> assertThat(r.clientAddress()).isEqualTo(origin.clientAddress()));
    }
}
