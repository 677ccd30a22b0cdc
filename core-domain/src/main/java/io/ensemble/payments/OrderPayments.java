package io.ensemble.payments;

import io.ensemble.shared.Conflict;
import io.ensemble.shared.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The money side of an order's lifecycle (issue 8 §3), called by the marketplace inside the
 * transaction of the transition: start a payment, record it as collected, refund it, and write the
 * payout owed to the creator. Every step is idempotent per order (one payment row and one payout
 * row per order), so a retried transition never charges, refunds or pays twice.
 */
public final class OrderPayments {
    private final PaymentGateway gateway;
    private final PaymentRepository payments;
    private final PayoutRepository payouts;
    private final PlatformFee fee;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports; {@code fee} is {@code PLATFORM_FEE_PERCENT}. */
    public OrderPayments(PaymentGateway gateway, PaymentRepository payments, PayoutRepository payouts,
                         PlatformFee fee, IdGenerator ids, Clock clock) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.fee = Objects.requireNonNull(fee, "fee");
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
        payments.updateStatus(orderId, PaymentStatus.SUCCEEDED, Optional.empty(), clock.instant());
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
        payments.updateStatus(orderId, PaymentStatus.REFUNDED, Optional.of(refundRef), clock.instant());
        return payments.findByOrder(orderId);
    }

    /**
     * Writes the PENDING payout owed to the creator of a completed order: {@code gross} minus the
     * {@link PlatformFee} (rounded down), then asks the gateway to transfer it (manual: an operator
     * pays by hand). A second call for the same order writes nothing.
     *
     * @return the payout row
     */
    public Payout recordPayout(UUID orderId, UUID creatorId, Money gross) {
        long platformShare = fee.feeOf(gross.amount());
        Instant now = clock.instant();
        UUID id = ids.newId();
        Payout payout = new Payout(id, creatorId, orderId, gross, platformShare, gross.minus(platformShare),
                PayoutStatus.PENDING, Optional.empty(), Optional.empty(), now, now);
        if (!payouts.insert(payout)) {
            return payouts.findByOrder(orderId).orElseThrow();
        }
        Optional<String> transfer = gateway.payout(id, creatorId, orderId, payout.net());
        transfer.ifPresent(ref -> payouts.attachProviderRef(id, ref, now));
        return transfer.isEmpty() ? payout : payouts.findById(id).orElseThrow();
    }
}
