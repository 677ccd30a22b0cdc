package io.ensemble.payments;

import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives provider webhooks (issue 8 §3, DESIGN §Patterns "Inbox for provider webhooks"): verify the
 * signature on the raw bytes, then in one transaction store the event id and apply the change only
 * when the id is new. Every change is guarded by the current state, so out-of-order events never
 * undo a later one (a late {@code payment_intent.created} after {@code succeeded} changes nothing).
 * When an account starts accepting payouts ({@code account.updated} with {@code payouts_enabled}),
 * its owner's PENDING payouts are transferred after the commit ({@link PayoutTransfers}, best effort:
 * what fails is retried by the {@code payouts-transfer} job).
 */
public final class PaymentWebhooks {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentWebhooks.class);

    private final WebhookVerifier verifier;
    private final WebhookInbox inbox;
    private final PaymentRepository payments;
    private final PaymentProviderUpdates updates;
    private final PayoutAccountRepository accounts;
    private final PaymentConfirmations confirmations;
    private final PayoutTransfers transfers;
    private final Transactions transactions;
    private final Clock clock;
    private final OtherPayments others;
    private final io.ensemble.shared.outbox.Outbox outbox;
    private final io.ensemble.shared.ids.IdGenerator ids;

    /** Wires the ports; payments that are not orders' are nobody's ({@link OtherPayments#NONE}). */
    public PaymentWebhooks(WebhookVerifier verifier, WebhookInbox inbox, PaymentRepository payments,
                           PaymentProviderUpdates updates, PayoutAccountRepository accounts,
                           PaymentConfirmations confirmations, PayoutTransfers transfers, Transactions transactions,
                           Clock clock, io.ensemble.shared.outbox.Outbox outbox, io.ensemble.shared.ids.IdGenerator ids) {
        this(verifier, inbox, payments, updates, accounts, confirmations, transfers, transactions, clock,
                OtherPayments.NONE, outbox, ids);
    }

    /**
     * Wires the ports, with {@code others} asked about payments that are not orders' (event tickets,
     * issue 21 §3); {@code outbox} receives the feed events of refunds and transfers the provider reports
     * (issue 26 §1: {@code payment.refunded}, {@code payout.paid}, {@code payout.failed}).
     */
    public PaymentWebhooks(WebhookVerifier verifier, WebhookInbox inbox, PaymentRepository payments,
                           PaymentProviderUpdates updates, PayoutAccountRepository accounts,
                           PaymentConfirmations confirmations, PayoutTransfers transfers, Transactions transactions,
                           Clock clock, OtherPayments others, io.ensemble.shared.outbox.Outbox outbox,
                           io.ensemble.shared.ids.IdGenerator ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.updates = Objects.requireNonNull(updates, "updates");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.transfers = Objects.requireNonNull(transfers, "transfers");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.others = Objects.requireNonNull(others, "others");
    }

    /** What happened to a delivered webhook. */
    public enum Outcome {
        /** New event, applied (or acknowledged when it changes nothing). */
        PROCESSED,
        /** This event id was processed before; nothing changed. */
        DUPLICATE
    }

    /**
     * Verifies and processes one webhook delivery.
     *
     * @param body the raw request body
     * @param signature the provider's signature header (Stripe-Signature), null when absent
     * @return whether it was new
     * @throws WebhookRejected (400) when forged, stale or malformed — nothing is stored
     * @throws WebhookNotReady (503) when it refers to a transfer not committed yet — nothing is stored
     * @throws PayoutsNotConfigured (503) when the provider's webhook secret is not configured
     */
    public Outcome receive(byte[] body, String signature) {
        ProviderEvent event = verifier.verify(body, signature);
        Outcome outcome = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            if (!inbox.record(event.provider(), event.eventId(), event.type(), now)) {
                LOG.info("Webhook {} {} ({}) already processed", event.provider(), event.eventId(), event.type());
                return Outcome.DUPLICATE;
            }
            apply(event, now);
            LOG.info("Webhook {} {} ({}) processed", event.provider(), event.eventId(), event.type());
            return Outcome.PROCESSED;
        });
        if (outcome == Outcome.PROCESSED && event.change() instanceof PaymentEvent.PayoutAccountUpdated a
                && a.payoutsEnabled()) {
            transferOwed(event, a.accountId());
        }
        return outcome;
    }

    /** Best effort: the account's owner's due payouts; failures are recorded on them or left to the job. */
    private void transferOwed(ProviderEvent event, String accountId) {
        try {
            accounts.findByAccount(event.provider(), accountId).ifPresent(account -> {
                PayoutTransfers.Summary done = transfers.transferPendingOf(account.userId());
                LOG.info("Webhook {}: payouts of account {}: {}", event.eventId(), accountId, done.describe());
            });
        } catch (RuntimeException e) {
            LOG.warn("Webhook {}: payouts of account {} not transferred now; the payouts-transfer job retries",
                    event.eventId(), accountId, e);
        }
    }

    private void apply(ProviderEvent event, Instant now) {
        PaymentEvent change = event.change();
        if (change instanceof PaymentEvent.PaymentSucceeded s) {
            if (payments.findByOrder(s.orderId()).isEmpty()
                    && others.paymentSucceeded(event.provider(), s.orderId(), s.paymentRef())) {
                return;
            }
            if (ours(event, s.orderId(), s.paymentRef()).isPresent()) {
                confirmations.paymentSucceeded(s.orderId());
            }
        } else if (change instanceof PaymentEvent.PaymentAttemptFailed f) {
            if (ours(event, f.orderId(), f.paymentRef()).isPresent()) {
                updates.recordAttemptFailure(f.orderId(), f.reason(), now);
            }
        } else if (change instanceof PaymentEvent.PaymentRefunded r) {
            if (payments.findByOrder(r.orderId()).isEmpty()
                    && others.paymentRefunded(event.provider(), r.orderId(), r.paymentRef(), r.refundRef())) {
                return;
            }
            ours(event, r.orderId(), r.paymentRef())
                    .filter(p -> p.status() == PaymentStatus.SUCCEEDED)
                    .ifPresent(p -> {
                        payments.updateStatus(r.orderId(), PaymentStatus.REFUNDED, r.refundRef(), now);
                        record(new PaymentActivity.Refunded(r.orderId(), p.provider(), p.amount().amount(),
                                p.amount().currency(), now), now);
                    });
        } else if (change instanceof PaymentEvent.PayoutAccountUpdated a) {
            if (!accounts.updatePayoutsEnabled(event.provider(), a.accountId(), a.payoutsEnabled(), now)) {
                LOG.info("Webhook {}: account {} is not one of ours; ignored", event.eventId(), a.accountId());
            }
        } else if (change instanceof PaymentEvent.TransferUpdated t) {
            transfer(event, t, now);
        } else {
            LOG.debug("Webhook {} ({}) changes nothing here", event.eventId(), event.type());
        }
    }

    private void transfer(ProviderEvent event, PaymentEvent.TransferUpdated t, Instant now) {
        Optional<Payout> payout = updates.payoutByTransfer(t.transferRef());
        if (payout.isEmpty()) {
            if (t.orderId().flatMap(payments::findByOrder).isPresent()) {
                throw new WebhookNotReady("Transfer " + t.transferRef() + " is not recorded yet; deliver again later.");
            }
            LOG.info("Webhook {}: transfer {} is not one of our payouts; ignored", event.eventId(), t.transferRef());
            return;
        }
        if (t.reversed()) {
            if (updates.markTransferReversed(t.transferRef(), "Transfer " + t.transferRef() + " was reversed", now)) {
                record(PayoutActivities.settled(payout.get(), PayoutStatus.FAILED, now), now);
            }
        } else if (updates.markTransferPaid(t.transferRef(), "Transferred by " + event.provider() + " ("
                + t.transferRef() + ")", now)) {
            record(PayoutActivities.settled(payout.get(), PayoutStatus.PAID, now), now);
        }
    }

    /** Appends a feed event in the webhook's transaction. */
    private void record(PaymentActivity activity, Instant now) {
        outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(), activity, now));
    }

    /** The order's payment when it is the one the event names; empty (and logged) otherwise. */
    private Optional<Payment> ours(ProviderEvent event, java.util.UUID orderId, String paymentRef) {
        Optional<Payment> payment = payments.findByOrder(orderId)
                .filter(p -> p.provider().equals(event.provider()) && p.providerRef().equals(paymentRef));
        if (payment.isEmpty()) {
            LOG.warn("Webhook {} ({}): payment {} does not match order {}; ignored", event.eventId(), event.type(),
                    paymentRef, orderId);
        }
        return payment;
    }
}
