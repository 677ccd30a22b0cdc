package io.ensemble.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.marketplace.fakes.InMemoryPayments;
import io.ensemble.marketplace.fakes.InMemoryPayouts;
import io.ensemble.testing.DirectTransactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link PaymentWebhooks} against in-memory fakes: once per event id, guarded changes, rejected deliveries. */
class PaymentWebhooksTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final UUID orderId = UUID.randomUUID();
    private final Fakes fakes = new Fakes();
    private final DirectTransactions direct = new DirectTransactions();
    private final InMemoryPayments gateway = new InMemoryPayments();
    private final InMemoryPayouts payouts = new InMemoryPayouts();
    private final PaymentWebhooks webhooks = new PaymentWebhooks(fakes, fakes, fakes, fakes, fakes, fakes,
            new PayoutTransfers(gateway, payouts, direct, Clock.fixed(NOW, ZoneOffset.UTC),
                    new io.ensemble.notifications.InMemoryOutbox(), new io.ensemble.testing.SequentialIdGenerator()), direct,
            Clock.fixed(NOW, ZoneOffset.UTC), new io.ensemble.notifications.InMemoryOutbox(),
            new io.ensemble.testing.SequentialIdGenerator());

    private PaymentWebhooks.Outcome deliver(String eventId, PaymentEvent change) {
        fakes.next = new ProviderEvent("stripe", eventId, "some.type", change);
        return webhooks.receive(new byte[0], "sig");
    }

    private void payment(PaymentStatus status) {
        fakes.payments.put(orderId, new Payment(orderId, "stripe", "pi_1", new Money(1999, "USD"), status,
                Optional.empty(), NOW, NOW));
    }

    @Test
    void a_success_confirms_the_order_once_per_event_id() {
        payment(PaymentStatus.PENDING);

        assertThat(deliver("evt_1", new PaymentEvent.PaymentSucceeded(orderId, "pi_1")))
                .isEqualTo(PaymentWebhooks.Outcome.PROCESSED);
        assertThat(deliver("evt_1", new PaymentEvent.PaymentSucceeded(orderId, "pi_1")))
                .isEqualTo(PaymentWebhooks.Outcome.DUPLICATE);

        assertThat(fakes.confirmed).containsExactly(orderId);
    }

    @Test
    void a_success_naming_another_intent_or_an_unknown_order_changes_nothing() {
        payment(PaymentStatus.PENDING);

        deliver("evt_2", new PaymentEvent.PaymentSucceeded(orderId, "pi_other"));
        deliver("evt_3", new PaymentEvent.PaymentSucceeded(UUID.randomUUID(), "pi_1"));

        assertThat(fakes.confirmed).isEmpty();
        assertThat(fakes.inbox).containsExactlyInAnyOrder("evt_2", "evt_3");
    }

    @Test
    void a_failed_attempt_is_recorded_on_the_payment() {
        payment(PaymentStatus.PENDING);

        deliver("evt_4", new PaymentEvent.PaymentAttemptFailed(orderId, "pi_1", "Your card was declined."));

        assertThat(fakes.failures).containsEntry(orderId, "Your card was declined.");
        assertThat(fakes.confirmed).isEmpty();
    }

    @Test
    void a_refund_reported_by_stripe_marks_only_a_collected_payment_refunded() {
        payment(PaymentStatus.PENDING);
        deliver("evt_5", new PaymentEvent.PaymentRefunded(orderId, "pi_1", Optional.of("re_1")));
        assertThat(fakes.payments.get(orderId).status()).isEqualTo(PaymentStatus.PENDING);

        payment(PaymentStatus.SUCCEEDED);
        deliver("evt_6", new PaymentEvent.PaymentRefunded(orderId, "pi_1", Optional.of("re_1")));
        assertThat(fakes.payments.get(orderId).status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(fakes.payments.get(orderId).refundRef()).contains("re_1");
    }

    @Test
    void account_updates_enable_payouts() {
        deliver("evt_7", new PaymentEvent.PayoutAccountUpdated("acct_1", true));

        assertThat(fakes.enabled).containsEntry("acct_1", true);
    }

    /** A PENDING payout owed to the owner of {@code acct_1}, whose account now has payouts enabled. */
    private Payout owed() {
        UUID owner = UUID.randomUUID();
        fakes.owners.put("acct_1", owner);
        payouts.payoutsEnabled.add(owner);
        Money gross = new Money(1999, "USD");
        Payout payout = new Payout(UUID.randomUUID(), owner, orderId, gross, 199, gross.minus(199),
                PayoutStatus.PENDING, Optional.empty(), Optional.empty(), NOW, NOW);
        payouts.insert(payout);
        return payout;
    }

    @Test
    void payouts_enabled_transfers_the_owners_pending_payouts_once() {
        gateway.transfers = true;
        Payout payout = owed();

        deliver("evt_13", new PaymentEvent.PayoutAccountUpdated("acct_1", true));
        deliver("evt_13", new PaymentEvent.PayoutAccountUpdated("acct_1", true));
        deliver("evt_14", new PaymentEvent.PayoutAccountUpdated("acct_1", true));

        Payout paid = payouts.findById(payout.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(paid.providerRef()).contains("tr_" + payout.id());
        assertThat(gateway.gatewayCalls).containsExactly("payout " + payout.userId() + " 1800");
    }

    @Test
    void payouts_disabled_or_a_foreign_account_transfers_nothing() {
        gateway.transfers = true;
        Payout payout = owed();

        deliver("evt_15", new PaymentEvent.PayoutAccountUpdated("acct_1", false));
        deliver("evt_16", new PaymentEvent.PayoutAccountUpdated("acct_foreign", true));

        assertThat(gateway.gatewayCalls).isEmpty();
        assertThat(payouts.findById(payout.id()).orElseThrow().status()).isEqualTo(PayoutStatus.PENDING);
    }

    @Test
    void a_failing_transfer_after_payouts_enabled_still_acknowledges_the_event_and_is_recorded() {
        gateway.payoutFailure = new io.ensemble.shared.errors.ProviderUnavailable("Stripe is unavailable");
        Payout payout = owed();

        assertThat(deliver("evt_17", new PaymentEvent.PayoutAccountUpdated("acct_1", true)))
                .isEqualTo(PaymentWebhooks.Outcome.PROCESSED);

        Payout failed = payouts.findById(payout.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(failed.transferAttempts()).isEqualTo(1);
        assertThat(failed.lastTransferError()).hasValueSatisfying(e -> assertThat(e).contains("Stripe is unavailable"));
    }

    @Test
    void transfers_settle_the_payout_and_reversals_fail_it() {
        fakes.transfers.put("tr_1", "PENDING");

        deliver("evt_8", new PaymentEvent.TransferUpdated("tr_1", Optional.of(orderId), false));
        assertThat(fakes.transfers).containsEntry("tr_1", "PAID");
        deliver("evt_9", new PaymentEvent.TransferUpdated("tr_1", Optional.of(orderId), true));
        assertThat(fakes.transfers).containsEntry("tr_1", "FAILED");
    }

    @Test
    void a_transfer_of_a_known_order_not_recorded_yet_is_not_ready_and_a_foreign_one_is_ignored() {
        payment(PaymentStatus.SUCCEEDED);

        assertThatThrownBy(() -> deliver("evt_10", new PaymentEvent.TransferUpdated("tr_new", Optional.of(orderId),
                false))).isInstanceOf(WebhookNotReady.class);
        assertThat(deliver("evt_11", new PaymentEvent.TransferUpdated("tr_x", Optional.empty(), false)))
                .isEqualTo(PaymentWebhooks.Outcome.PROCESSED);
    }

    @Test
    void a_rejected_delivery_stores_nothing() {
        fakes.reject = true;

        assertThatThrownBy(() -> deliver("evt_12", new PaymentEvent.NoChange())).isInstanceOf(WebhookRejected.class);
        assertThat(fakes.inbox).isEmpty();
    }

    /** Every port in memory. */
    private static final class Fakes implements WebhookVerifier, WebhookInbox, PaymentRepository,
            PaymentProviderUpdates, PayoutAccountRepository, PaymentConfirmations {
        ProviderEvent next;
        boolean reject;
        final Set<String> inbox = new HashSet<>();
        final Map<UUID, Payment> payments = new HashMap<>();
        final Map<UUID, String> failures = new HashMap<>();
        final Map<String, String> transfers = new HashMap<>();
        final Map<String, Boolean> enabled = new HashMap<>();
        final List<UUID> confirmed = new ArrayList<>();
        final Map<String, UUID> owners = new HashMap<>();

        @Override
        public ProviderEvent verify(byte[] body, String signature) {
            if (reject) {
                throw new WebhookRejected("forged");
            }
            return next;
        }

        @Override
        public boolean record(String provider, String eventId, String type, Instant receivedAt) {
            return inbox.add(eventId);
        }

        @Override
        public boolean insert(Payment payment) {
            return payments.putIfAbsent(payment.orderId(), payment) == null;
        }

        @Override
        public Optional<Payment> findByOrder(UUID id) {
            return Optional.ofNullable(payments.get(id));
        }

        @Override
        public void updateStatus(UUID id, PaymentStatus status, Optional<String> refundRef, Instant at) {
            Payment p = payments.get(id);
            payments.put(id, new Payment(id, p.provider(), p.providerRef(), p.amount(), status,
                    refundRef.or(p::refundRef), p.createdAt(), at));
        }

        @Override
        public boolean recordAttemptFailure(UUID id, String reason, Instant at) {
            failures.put(id, reason);
            return true;
        }

        @Override
        public Optional<Payout> payoutByTransfer(String transferRef) {
            if (!transfers.containsKey(transferRef)) {
                return Optional.empty();
            }
            Money gross = new Money(1999, "USD");
            return Optional.of(new Payout(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), gross, 199,
                    gross.minus(199), PayoutStatus.valueOf(transfers.get(transferRef)), Optional.of(transferRef),
                    Optional.empty(), NOW, NOW));
        }

        @Override
        public boolean markTransferPaid(String transferRef, String note, Instant at) {
            return transfers.replace(transferRef, "PENDING", "PAID");
        }

        @Override
        public boolean markTransferReversed(String transferRef, String note, Instant at) {
            return transfers.replace(transferRef, "PAID", "FAILED") || transfers.replace(transferRef, "PENDING", "FAILED");
        }

        @Override
        public boolean insert(PayoutAccount account) {
            return true;
        }

        @Override
        public Optional<PayoutAccount> findByUser(UUID userId, String provider) {
            return Optional.empty();
        }

        @Override
        public Optional<PayoutAccount> findByAccount(String provider, String accountId) {
            return Optional.ofNullable(owners.get(accountId)).map(owner -> new PayoutAccount(owner, provider,
                    accountId, true, NOW, NOW));
        }

        @Override
        public boolean updatePayoutsEnabled(String provider, String accountId, boolean on, Instant at) {
            enabled.put(accountId, on);
            return true;
        }

        @Override
        public void paymentSucceeded(UUID id) {
            confirmed.add(id);
        }
    }
}
