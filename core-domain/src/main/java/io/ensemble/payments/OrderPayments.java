package io.ensemble.payments;

import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.ids.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The money side of an order's lifecycle (issue 8 §3), called by the marketplace inside the
 * transaction of the transition: start a payment, record it as collected, refund it, and write the
 * payout owed to the creator. Every step is idempotent per order (one payment row and one payout
 * row per order), so a retried transition never charges, refunds or pays twice. Two steps run after
 * the transition committed and never fail it: {@link #transferPayout} and {@link #cancelPayment}.
 */
public final class OrderPayments {
    private static final Logger LOG = LoggerFactory.getLogger(OrderPayments.class);

    private final PaymentGateway gateway;
    private final PaymentRepository payments;
    private final PayoutRepository payouts;
    private final PlatformFee fee;
    private final PayoutTransfers transfers;
    private final IdGenerator ids;
    private final Clock clock;
    private final io.ensemble.shared.outbox.Outbox outbox;

    /** Wires the ports; {@code fee} is {@code PLATFORM_FEE_PERCENT}. */
    public OrderPayments(PaymentGateway gateway, PaymentRepository payments, PayoutRepository payouts,
                         PlatformFee fee, PayoutTransfers transfers, IdGenerator ids, Clock clock,
                         io.ensemble.shared.outbox.Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.fee = Objects.requireNonNull(fee, "fee");
        this.transfers = Objects.requireNonNull(transfers, "transfers");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return whether an admin confirms payments ({@code record_payment}) rather than the provider */
    public boolean operatorConfirmsPayments() {
        return gateway.operatorConfirmsPayments();
    }

    /** @return the order's payment row, empty before {@code pay} or {@code record_payment} */
    public Optional<Payment> paymentOf(UUID orderId) {
        return payments.findByOrder(orderId);
    }

    /**
     * Starts the payment of an order, or returns the one already started (no second charge).
     *
     * @param metadata key/value pairs for the provider (brandId, creatorId)
     * @return the payment row (PENDING until confirmed) and the client secret when the provider has one
     *     (again on a retried start while the payment is still PENDING)
     */
    public Started start(UUID orderId, Money amount, Map<String, String> metadata) {
        Optional<Payment> existing = payments.findByOrder(orderId);
        if (existing.isPresent()) {
            Payment payment = existing.get();
            return new Started(payment, payment.status() == PaymentStatus.PENDING
                    ? gateway.clientSecretOf(payment.providerRef()) : Optional.empty());
        }
        PaymentStart started = gateway.createPayment(orderId, amount, metadata);
        Instant now = clock.instant();
        Payment payment = new Payment(orderId, gateway.name(), started.providerRef(), amount, PaymentStatus.PENDING,
                Optional.empty(), now, now);
        if (!payments.insert(payment)) {
            return new Started(payments.findByOrder(orderId).orElseThrow(), Optional.empty());
        }
        return new Started(payment, started.clientSecret());
    }

    /** A started payment and the provider's client secret (present while it can still be paid). */
    public record Started(Payment payment, Optional<String> clientSecret) {
    }

    /**
     * Records that the order's money arrived (manual gateway: an admin's {@code record_payment}).
     * Starts the payment first when the brand never pressed {@code pay}.
     *
     * @throws Conflict {@code PAYMENT_NOT_PENDING} when it was refunded or failed
     */
    public Payment recordCollected(UUID orderId, Money amount, Map<String, String> metadata) {
        Payment payment = payments.findByOrder(orderId)
                .orElseGet(() -> start(orderId, amount, metadata).payment());
        if (payment.status() == PaymentStatus.SUCCEEDED) {
            return payment;
        }
        if (payment.status() != PaymentStatus.PENDING) {
            throw new Conflict("PAYMENT_NOT_PENDING", "This order's payment was " + payment.status() + ".");
        }
        Instant now = clock.instant();
        payments.updateStatus(orderId, PaymentStatus.SUCCEEDED, Optional.empty(), now);
        outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(), new PaymentActivity.Succeeded(orderId,
                payment.provider(), payment.amount().amount(), payment.amount().currency(), now), now));
        return payments.findByOrder(orderId).orElseThrow();
    }

    /**
     * Refunds a collected payment in full; does nothing when nothing was collected or it was
     * already refunded.
     *
     * @return the payment after the refund, empty when the order has no payment
     */
    public Optional<Payment> refund(UUID orderId) {
        Optional<Payment> payment = payments.findByOrder(orderId);
        if (payment.isEmpty() || payment.get().status() != PaymentStatus.SUCCEEDED) {
            return payment;
        }
        String refundRef = gateway.refund(payment.get().providerRef(), payment.get().amount());
        Instant now = clock.instant();
        payments.updateStatus(orderId, PaymentStatus.REFUNDED, Optional.of(refundRef), now);
        outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(), new PaymentActivity.Refunded(orderId,
                payment.get().provider(), payment.get().amount().amount(), payment.get().amount().currency(), now),
                now));
        return payments.findByOrder(orderId);
    }

    /**
     * Writes the PENDING payout owed to the creator of a completed order: {@code gross} minus the
     * {@link PlatformFee} (rounded down). Nothing is transferred here: {@link #transferPayout} does it
     * after the transition commits. A second call for the same order writes nothing.
     *
     * @return the payout row
     */
    public Payout recordPayout(UUID orderId, UUID creatorId, Money gross) {
        long platformShare = fee.feeOf(gross.amount());
        Instant now = clock.instant();
        Payout payout = new Payout(ids.newId(), creatorId, orderId, gross, platformShare, gross.minus(platformShare),
                PayoutStatus.PENDING, Optional.empty(), Optional.empty(), now, now);
        if (!payouts.insert(payout)) {
            return payouts.findByOrder(orderId).orElseThrow();
        }
        return payout;
    }

    /**
     * Best effort, after the completing transition committed: attempts the transfer of the order's
     * payout ({@link PayoutTransfers#transfer}). Never throws; what did not work is retried by the
     * {@code payouts-transfer} job.
     *
     * @return what happened, {@link PayoutTransfers.Outcome#SKIPPED} when the order has no payout or the
     *     attempt could not even be recorded
     */
    public PayoutTransfers.Outcome transferPayout(UUID orderId) {
        try {
            return payouts.findByOrder(orderId).map(p -> transfers.transfer(p.id()))
                    .orElse(PayoutTransfers.Outcome.SKIPPED);
        } catch (RuntimeException e) {
            LOG.warn("Payout of order {} not attempted now; the payouts-transfer job retries it", orderId, e);
            return PayoutTransfers.Outcome.SKIPPED;
        }
    }

    /**
     * Best effort, after an unpaid order was cancelled: cancels its payment at the provider when one
     * was started and never collected (Stripe: the PaymentIntent), so the brand can no longer pay it.
     * Never throws: when the provider cannot be reached the order stays cancelled here, and a payment
     * that still succeeds later is refunded ({@link PaymentConfirmations#paymentSucceeded}).
     *
     * @return whether the provider confirmed the cancellation (true for gateways with nothing to cancel)
     */
    public boolean cancelPayment(UUID orderId) {
        Optional<Payment> payment = payments.findByOrder(orderId).filter(p -> p.status() == PaymentStatus.PENDING);
        if (payment.isEmpty()) {
            return true;
        }
        try {
            gateway.cancelPayment(payment.get().providerRef());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Could not cancel payment {} of cancelled order {} at {}; a later success is refunded",
                    payment.get().providerRef(), orderId, gateway.name(), e);
            return false;
        }
    }
}
