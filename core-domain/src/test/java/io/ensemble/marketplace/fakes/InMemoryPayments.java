package io.ensemble.marketplace.fakes;

import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.Notification;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.payments.Money;
import io.ensemble.payments.Payment;
import io.ensemble.payments.PaymentGateway;
import io.ensemble.payments.PaymentRepository;
import io.ensemble.payments.PaymentStart;
import io.ensemble.payments.PaymentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * In-memory payments, a recording gateway (operator-confirmed and never transferring by default;
 * see the public switches) and a recording notification publisher, for domain tests.
 */
public final class InMemoryPayments implements PaymentRepository, PaymentGateway,
        NotificationPublisher {
    public final Map<UUID, Payment> payments = new HashMap<>();
    public final List<String> gatewayCalls = new ArrayList<>();
    public final List<NewNotification> notifications = new ArrayList<>();
    /** false: behaves like a provider that confirms payments itself (Stripe). */
    public boolean operatorConfirms = true;
    /** When set, {@link #cancelPayment} throws it (the provider is down). */
    public RuntimeException cancelFailure;
    /** When set, {@link #payout} throws it (the provider is down). */
    public RuntimeException payoutFailure;
    /** When true, {@link #payout} answers a transfer id {@code tr_<payoutId>} (a provider that transfers). */
    public boolean transfers;

    @Override
    public boolean insert(Payment payment) {
        return payments.putIfAbsent(payment.orderId(), payment) == null;
    }

    @Override
    public Optional<Payment> findByOrder(UUID orderId) {
        return Optional.ofNullable(payments.get(orderId));
    }

    @Override
    public void updateStatus(UUID orderId, PaymentStatus status, Optional<String> refundRef, Instant at) {
        Payment p = payments.get(orderId);
        payments.put(orderId, new Payment(p.orderId(), p.provider(), p.providerRef(), p.amount(), status,
                refundRef.or(p::refundRef), p.createdAt(), at));
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public boolean operatorConfirmsPayments() {
        return operatorConfirms;
    }

    @Override
    public void cancelPayment(String providerRef) {
        gatewayCalls.add("cancel " + providerRef);
        if (cancelFailure != null) {
            throw cancelFailure;
        }
    }

    @Override
    public PaymentStart createPayment(UUID orderId, Money amount, Map<String, String> metadata) {
        gatewayCalls.add("create " + orderId + " " + amount.amount());
        return new PaymentStart("fake_" + orderId, Optional.empty());
    }

    @Override
    public String refund(String providerRef, Money amount) {
        gatewayCalls.add("refund " + providerRef + " " + amount.amount());
        return "refund_" + providerRef;
    }

    @Override
    public Optional<String> payout(UUID payoutId, UUID userId, UUID orderId, Money amount) {
        gatewayCalls.add("payout " + userId + " " + amount.amount());
        if (payoutFailure != null) {
            throw payoutFailure;
        }
        return transfers ? Optional.of("tr_" + payoutId) : Optional.empty();
    }

    @Override
    public Optional<Notification> publish(NewNotification notification) {
        notifications.add(notification);
        return Optional.of(new Notification(UUID.randomUUID(), notification.recipientId(), notification.type(),
                notification.title(), notification.body(), notification.actorId(), notification.subjectId(),
                Optional.empty(), Instant.EPOCH));
    }

    @Override
    public Optional<Notification> publishCollapsed(NewNotification notification) {
        return publish(notification);
    }
}
