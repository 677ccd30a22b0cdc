package io.ensemble.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.audit.AuditFilter;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.shared.paging.Cursor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiAuditRepositoryTest extends DatabaseTestBase {
    private static final Instant T0 = Instant.parse("2025-01-10T08:00:00.123456Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());
    private final JdbiAuditRepository audit = new JdbiAuditRepository(handles);
    private final UUID admin = UUID.randomUUID();
    private final UUID victim = UUID.randomUUID();

    @BeforeEach
    void emptyTrail() {
        // the owner may lift its own guard; the application never does
        transactions.run(() -> handles.use(h -> {
            h.execute("ALTER TABLE audit_records DISABLE TRIGGER audit_records_no_truncate");
            h.execute("TRUNCATE audit_records");
            h.execute("ALTER TABLE audit_records ENABLE TRIGGER audit_records_no_truncate");
        }));
    }

    private AuditRecord record(Optional<UUID> actor, AuditAction action, Optional<AuditTarget> target, Instant at,
                               FieldChange... changes) {
        AuditRecord r = new AuditRecord(IDS.newId(), actor, action, target, Optional.of("203.0.113.9"),
                Optional.of("req-" + at.getEpochSecond()), List.of(changes), at);
        audit.append(r);
        return r;
    }

    private AuditRecord suspend(Instant at) {
        return record(Optional.of(admin), AuditAction.USER_SUSPENDED, Optional.of(AuditTarget.user(victim)), at,
                FieldChange.of("status", "ACTIVE", "SUSPENDED"), FieldChange.of("suspendedReason", null, "spam"));
    }

    private List<AuditRecord> find(AuditFilter filter) {
        return audit.find(filter, Optional.empty(), 100);
    }

    @Test
    void appended_records_read_back_with_every_field_newest_first() {
        AuditRecord older = suspend(T0);
        AuditRecord anonymous = record(Optional.empty(), AuditAction.LOGIN_FAILED, Optional.empty(),
                T0.plusSeconds(1));
        AuditRecord secret = record(Optional.of(victim), AuditAction.PASSWORD_CHANGED,
                Optional.of(AuditTarget.user(victim)), T0.plusSeconds(2), FieldChange.of("password", "old", "new"));

        assertThat(find(AuditFilter.ALL)).containsExactly(secret, anonymous, older);
        assertThat(secret.changes().get(0).after()).contains(FieldChange.REDACTED);
        assertThat(count("SELECT count(*) FROM audit_records WHERE array_to_string(values_after, ',') LIKE '%new%'"))
                .isZero();
    }

    @Test
    void each_filter_selects_only_its_records() {
        AuditRecord suspended = suspend(T0);
        AuditRecord login = record(Optional.of(victim), AuditAction.LOGIN_SUCCEEDED,
                Optional.of(AuditTarget.user(victim)), T0.plusSeconds(10));
        AuditRecord order = record(Optional.of(admin), AuditAction.DISPUTE_RESOLVED,
                Optional.of(new AuditTarget("order", "o-1")), T0.plusSeconds(20));
        record(Optional.empty(), AuditAction.LOGIN_FAILED, Optional.empty(), T0.plusSeconds(30));

        assertThat(find(AuditFilter.parse(admin.toString(), null, null, null, null, null)))
                .containsExactly(order, suspended);
        assertThat(find(AuditFilter.parse(null, null, null, "login_succeeded", null, null))).containsExactly(login);
        assertThat(find(AuditFilter.parse(null, "user", null, null, null, null))).containsExactly(login, suspended);
        assertThat(find(AuditFilter.parse(null, "order", "o-1", null, null, null))).containsExactly(order);
        assertThat(find(AuditFilter.parse(null, "order", "o-2", null, null, null))).isEmpty();
        assertThat(find(AuditFilter.parse(null, null, null, null, T0.plusSeconds(10).toString(),
                T0.plusSeconds(30).toString()))).containsExactly(order, login);
        assertThat(find(AuditFilter.parse(admin.toString(), "user", victim.toString(), "user_suspended",
                T0.toString(), T0.plusSeconds(1).toString()))).containsExactly(suspended);
    }

    @Test
    void cursor_pages_cover_every_record_once_even_with_equal_times() {
        AuditRecord a = suspend(T0);
        AuditRecord b = suspend(T0);
        AuditRecord c = suspend(T0.plusSeconds(1));
        List<AuditRecord> newestFirst = find(AuditFilter.ALL);
        assertThat(newestFirst).containsExactlyInAnyOrder(a, b, c).first().isEqualTo(c);

        List<AuditRecord> page1 = audit.find(AuditFilter.ALL, Optional.empty(), 2);
        AuditRecord last = page1.get(1);
        List<AuditRecord> page2 = audit.find(AuditFilter.ALL, Optional.of(new Cursor(last.occurredAt(), last.id())), 2);

        assertThat(page1).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(page2).containsExactlyElementsOf(newestFirst.subList(2, 3));
    }

    @Test
    void retention_purge_removes_only_records_older_than_the_cutoff() {
        AuditRecord old = suspend(T0);
        AuditRecord kept = suspend(T0.plus(Duration.ofDays(30)));

        assertThat(audit.purgeBefore(T0.plus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(find(AuditFilter.ALL)).containsExactly(kept).doesNotContain(old);
        assertThat(audit.purgeBefore(T0.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void the_database_refuses_a_purge_cutoff_less_than_a_day_old() {
        Instant recent = Instant.now().minus(Duration.ofHours(2));
        suspend(recent);

        assertThatThrownBy(() -> audit.purgeBefore(Instant.now().minus(Duration.ofHours(1))))
                .hasMessageContaining("append-only");
        assertThat(count("SELECT count(*) FROM audit_records")).isEqualTo(1);
    }

    @Test
    void an_erasure_may_clear_only_its_subjects_client_addresses_and_nothing_else() {
        suspend(T0);
        assertThat(count("SELECT count(*) FROM audit_records WHERE client_address IS NULL")).isZero();
        String clear = "UPDATE audit_records SET client_address = NULL";

        assertThatThrownBy(() -> handles.use(h -> h.execute(clear))).as("no subject named")
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> handles.use(h -> h.useTransaction(tx -> {
            tx.execute("SELECT set_config('ensemble.audit_erase_subject', ?, true)", UUID.randomUUID().toString());
            tx.execute(clear);
        }))).as("another subject").hasMessageContaining("append-only");
        assertThatThrownBy(() -> handles.use(h -> h.useTransaction(tx -> {
            tx.execute("SELECT set_config('ensemble.audit_erase_subject', ?, true)", victim.toString());
            tx.execute("UPDATE audit_records SET client_address = NULL, action = 'logout'");
        }))).as("a change beyond the address").hasMessageContaining("append-only");

        handles.use(h -> h.useTransaction(tx -> {
            tx.execute("SELECT set_config('ensemble.audit_erase_subject', ?, true)", victim.toString());
            tx.execute(clear);
        }));
        assertThat(count("SELECT count(*) FROM audit_records WHERE client_address IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_records WHERE action = 'user_suspended'")).isEqualTo(1);
    }

    @Test
    void the_database_refuses_update_delete_and_truncate() {
        AuditRecord r = suspend(T0);

        assertThatThrownBy(() -> handles.use(h -> h.execute("UPDATE audit_records SET action = 'logout'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> handles.use(h -> h.execute("DELETE FROM audit_records")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> handles.use(h -> h.execute("TRUNCATE audit_records")))
                .hasMessageContaining("append-only");
        assertThat(find(AuditFilter.ALL)).containsExactly(r);
    }

    @Test
    void a_purge_does_not_leave_deletes_open_for_the_rest_of_its_transaction() {
        AuditRecord first = suspend(T0);
        AuditRecord second = suspend(T0.plus(Duration.ofDays(10)));

        assertThatThrownBy(() -> transactions.run(() -> {
            audit.purgeBefore(T0.plusSeconds(1));
            AuditRecord backdated = suspend(T0);
            handles.use(h -> h.createUpdate("DELETE FROM audit_records WHERE id = :id").bind("id", backdated.id())
                    .execute());
        })).hasMessageContaining("append-only");
        assertThat(find(AuditFilter.ALL)).containsExactly(second, first);
    }
}
