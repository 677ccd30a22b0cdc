package io.ensemble.payments;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.audit.AuditService;
import io.ensemble.audit.InMemoryAuditRepository;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.marketplace.fakes.InMemoryPayouts;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.testing.DirectTransactions;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Settling a payout by hand (seeds/003 {@code PUT /payouts/:id}) never races an automatic transfer. */
class PayoutServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    private static final RequestOrigin ORIGIN = RequestOrigin.of("198.51.100.7", "req-settle");
    private final InMemoryPayouts payouts = new InMemoryPayouts();
    private final InMemoryAuditRepository records = new InMemoryAuditRepository();
    private final AuditService audit = new AuditService(records, new SequentialIdGenerator(), clock);
    private final PayoutService service = new PayoutService(payouts, new DirectTransactions(), clock, audit,
            new io.ensemble.notifications.InMemoryOutbox(), new io.ensemble.testing.SequentialIdGenerator());
    private final Caller admin = new Caller(UUID.randomUUID(), Role.ADMIN, UUID.randomUUID());

    private Payout owed() {
        Money gross = new Money(1999, "USD");
        Payout payout = new Payout(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), gross, 199,
                gross.minus(199), PayoutStatus.PENDING, Optional.empty(), Optional.empty(), clock.instant(),
                clock.instant());
        payouts.insert(payout);
        return payout;
    }

    @Test
    void a_payout_under_a_transfer_attempt_cannot_be_settled_until_the_attempt_ends_or_its_claim_lapses() {
        Payout held = owed();
        payouts.claimTransfer(held.id(), clock.instant(), clock.instant().plus(Duration.ofMinutes(5)));
        failsWith(Conflict.class, "TRANSFER_IN_PROGRESS",
                () -> service.settle(admin, held.id(), new SettlePayout("PAID", "paid by hand"), ORIGIN));

        clock.advance(Duration.ofMinutes(5));
        assertThat(service.settle(admin, held.id(), new SettlePayout("PAID", "paid by hand"), ORIGIN)
                .status()).isEqualTo(PayoutStatus.PAID);
        failsWith(Conflict.class, "PAYOUT_SETTLED",
                () -> service.settle(admin, held.id(), new SettlePayout("FAILED", null), ORIGIN));

        Payout released = owed();
        payouts.claimTransfer(released.id(), clock.instant(), clock.instant().plus(Duration.ofMinutes(5)));
        payouts.releaseTransfer(released.id(), clock.instant());
        assertThat(service.settle(admin, released.id(), new SettlePayout("FAILED", "bank refused"), ORIGIN)
                .status()).isEqualTo(PayoutStatus.FAILED);
    }

    @Test
    void each_settlement_is_audited_by_the_admin_with_status_and_note_and_a_refused_one_is_not() {
        Payout payout = owed();
        service.settle(admin, payout.id(), new SettlePayout("PAID", "wire 42"), ORIGIN);
        failsWith(Conflict.class, "PAYOUT_SETTLED",
                () -> service.settle(admin, payout.id(), new SettlePayout("FAILED", null), ORIGIN));

        assertThat(records.all()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.PAYOUT_SETTLED);
            assertThat(r.actorId()).contains(admin.userId());
            assertThat(r.target()).contains(new AuditTarget("payout", payout.id().toString()));
            assertThat(r.requestId()).contains("req-settle");
            assertThat(r.changes()).containsExactly(FieldChange.of("status", "PENDING", "PAID"),
                    FieldChange.of("note", null, "wire 42"));
        });
    }
}
