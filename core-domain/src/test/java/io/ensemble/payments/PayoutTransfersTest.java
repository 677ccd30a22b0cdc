package io.ensemble.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.marketplace.fakes.InMemoryPayments;
import io.ensemble.marketplace.fakes.InMemoryPayouts;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.testing.DirectTransactions;
import io.ensemble.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link PayoutTransfers} against in-memory fakes: once, after backoff, only when the payee can receive. */
class PayoutTransfersTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryPayments gateway = new InMemoryPayments();
    private final InMemoryPayouts payouts = new InMemoryPayouts();
    private final PayoutTransfers transfers = new PayoutTransfers(gateway, payouts, new DirectTransactions(), clock,
            new io.ensemble.notifications.InMemoryOutbox(), new io.ensemble.testing.SequentialIdGenerator());
    private final UUID creator = UUID.randomUUID();

    private Payout owed(UUID userId) {
        Money gross = new Money(1999, "USD");
        Payout payout = new Payout(UUID.randomUUID(), userId, UUID.randomUUID(), gross, 199, gross.minus(199),
                PayoutStatus.PENDING, Optional.empty(), Optional.empty(), clock.instant(), clock.instant());
        payouts.insert(payout);
        return payout;
    }

    private Payout stored(Payout p) {
        return payouts.findById(p.id()).orElseThrow();
    }

    private long payoutCalls() {
        return gateway.gatewayCalls.stream().filter(c -> c.startsWith("payout ")).count();
    }

    @Test
    void a_transfer_marks_the_payout_paid_with_its_id_and_a_second_attempt_calls_nothing() {
        gateway.transfers = true;
        Payout payout = owed(creator);

        assertThat(transfers.transfer(payout.id())).isEqualTo(PayoutTransfers.Outcome.TRANSFERRED);
        assertThat(transfers.transfer(payout.id())).isEqualTo(PayoutTransfers.Outcome.SKIPPED);

        Payout paid = stored(payout);
        assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(paid.providerRef()).contains("tr_" + payout.id());
        assertThat(paid.note()).contains("Transferred by fake (tr_" + payout.id() + ")");
        assertThat(paid.transferAttempts()).isEqualTo(1);
        assertThat(paid.nextTransferAt()).isEmpty();
        assertThat(payoutCalls()).isEqualTo(1);
    }

    @Test
    void a_failure_is_counted_with_its_error_and_retried_only_after_the_backoff() {
        gateway.transfers = true;
        gateway.payoutFailure = new ProviderUnavailable("Stripe is unavailable; could not transfer the payout.");
        Payout payout = owed(creator);
        payouts.payoutsEnabled.add(creator);

        assertThat(transfers.transfer(payout.id())).isEqualTo(PayoutTransfers.Outcome.FAILED);
        Payout failed = stored(payout);
        assertThat(failed.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(failed.transferAttempts()).isEqualTo(1);
        assertThat(failed.lastTransferError()).contains(
                "PROVIDER_UNAVAILABLE: Stripe is unavailable; could not transfer the payout.");
        assertThat(failed.nextTransferAt()).contains(NOW.plus(Duration.ofMinutes(1)));

        gateway.payoutFailure = null;
        clock.advance(Duration.ofSeconds(59));
        assertThat(transfers.transferDue(clock.instant())).isEqualTo(new PayoutTransfers.Summary(0, 0, 0, 0));
        assertThat(transfers.transfer(payout.id())).isEqualTo(PayoutTransfers.Outcome.SKIPPED);
        assertThat(payoutCalls()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(transfers.transferDue(clock.instant())).isEqualTo(new PayoutTransfers.Summary(1, 0, 0, 0));
        assertThat(transfers.transferDue(clock.instant())).isEqualTo(new PayoutTransfers.Summary(0, 0, 0, 0));
        Payout paid = stored(payout);
        assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(paid.transferAttempts()).isEqualTo(2);
        assertThat(paid.lastTransferError()).isEmpty();
        assertThat(payoutCalls()).isEqualTo(2);
    }

    @Test
    void repeated_failures_back_off_doubling_up_to_six_hours() {
        gateway.payoutFailure = new IllegalStateException("boom");
        Payout payout = owed(creator);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(transfers.transfer(payout.id())).isEqualTo(PayoutTransfers.Outcome.FAILED);
            assertThat(stored(payout).nextTransferAt()).contains(clock.instant()
                    .plus(Duration.ofMinutes(1L << (attempt - 1))));
            clock.set(stored(payout).nextTransferAt().orElseThrow());
        }
        assertThat(stored(payout).transferAttempts()).isEqualTo(3);
        assertThat(stored(payout).lastTransferError()).contains("IllegalStateException: boom");
        assertThat(PayoutTransfers.backoff(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(PayoutTransfers.backoff(10)).isEqualTo(Duration.ofHours(6));
        assertThat(PayoutTransfers.backoff(1000)).isEqualTo(Duration.ofHours(6));
        assertThatThrownBy(() -> PayoutTransfers.backoff(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_payee_who_cannot_receive_yet_waits_without_an_attempt_counted() {
        Payout payout = owed(creator);

        assertThat(transfers.transfer(payout.id())).isEqualTo(PayoutTransfers.Outcome.WAITING);

        Payout waiting = stored(payout);
        assertThat(waiting.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(waiting.transferAttempts()).isZero();
        assertThat(waiting.nextTransferAt()).as("claim released").isEmpty();
    }

    @Test
    void the_job_pass_takes_only_payees_with_payouts_enabled_and_one_payee_can_be_asked_for() {
        gateway.transfers = true;
        UUID other = UUID.randomUUID();
        Payout enabled = owed(creator);
        Payout notOnboarded = owed(other);
        payouts.payoutsEnabled.add(creator);

        assertThat(transfers.transferPendingOf(other)).isEqualTo(new PayoutTransfers.Summary(0, 0, 0, 0));
        assertThat(transfers.transferDue(clock.instant())).isEqualTo(new PayoutTransfers.Summary(1, 0, 0, 0));

        assertThat(stored(enabled).status()).isEqualTo(PayoutStatus.PAID);
        assertThat(stored(notOnboarded).status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(gateway.gatewayCalls).containsExactly("payout " + creator + " 1800");
    }

    @Test
    void a_payout_claimed_elsewhere_or_settled_by_an_admin_is_not_attempted() {
        gateway.transfers = true;
        Payout claimed = owed(creator);
        Payout settled = owed(creator);
        payouts.claimTransfer(claimed.id(), clock.instant(), clock.instant().plus(PayoutTransfers.CLAIM));
        payouts.settle(settled.id(), PayoutStatus.PAID, Optional.of("paid by hand"), clock.instant());

        assertThat(transfers.transfer(claimed.id())).isEqualTo(PayoutTransfers.Outcome.SKIPPED);
        assertThat(transfers.transfer(settled.id())).isEqualTo(PayoutTransfers.Outcome.SKIPPED);
        assertThat(payoutCalls()).isZero();

        clock.advance(PayoutTransfers.CLAIM);
        assertThat(transfers.transfer(claimed.id())).as("a lapsed claim (crashed node) is retried")
                .isEqualTo(PayoutTransfers.Outcome.TRANSFERRED);
    }
}
