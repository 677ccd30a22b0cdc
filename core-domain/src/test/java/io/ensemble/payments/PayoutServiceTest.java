package io.ensemble.payments;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.marketplace.fakes.InMemoryPayouts;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.testing.DirectTransactions;
import io.ensemble.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Settling a payout by hand (seeds/003 {@code PUT /payouts/:id}) never races an automatic transfer. */
class PayoutServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    private final InMemoryPayouts payouts = new InMemoryPayouts();
    private final PayoutService service = new PayoutService(payouts, new DirectTransactions(), clock);
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
                () -> service.settle(admin, held.id(), new SettlePayout("PAID", "paid by hand")));

        clock.advance(Duration.ofMinutes(5));
        assertThat(service.settle(admin, held.id(), new SettlePayout("PAID", "paid by hand")).status())
                .isEqualTo(PayoutStatus.PAID);
        failsWith(Conflict.class, "PAYOUT_SETTLED",
                () -> service.settle(admin, held.id(), new SettlePayout("FAILED", null)));

        Payout released = owed();
        payouts.claimTransfer(released.id(), clock.instant(), clock.instant().plus(Duration.ofMinutes(5)));
        payouts.releaseTransfer(released.id(), clock.instant());
        assertThat(service.settle(admin, released.id(), new SettlePayout("FAILED", "bank refused")).status())
                .isEqualTo(PayoutStatus.FAILED);
    }
}
