package io.ensemble.web.marketplace;

import io.ensemble.marketplace.Order;
import io.ensemble.marketplace.OrderAction;
import io.ensemble.marketplace.OrderDetails;
import io.ensemble.payments.Payment;
import io.ensemble.web.payments.MoneyView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as the caller sees it (issue 8 §2): {@code {id, brandId, creatorId, packageId|null,
 * title, requirements, deadline|null, price, revisionsAllowed, revisionsUsed, status,
 * allowedActions: ["accept", …], conversationId, deliverables, version, deliveredAt|null,
 * createdAt, updatedAt, payment: {provider, providerRef, status, amount, refundRef}|null,
 * clientSecret|null}}.
 */
public record OrderView(String id, String brandId, String creatorId, String packageId, String title,
                        String requirements, LocalDate deadline, MoneyView price, int revisionsAllowed,
                        int revisionsUsed, String status, List<String> allowedActions, String conversationId,
                        List<String> deliverables, long version, Instant deliveredAt, Instant createdAt,
                        Instant updatedAt, PaymentView payment, String clientSecret) {

    /** The order's payment: {@code {provider, providerRef, status, amount, refundRef|null}}. */
    public record PaymentView(String provider, String providerRef, String status, MoneyView amount,
                              String refundRef) {
        static PaymentView of(Payment p) {
            return new PaymentView(p.provider(), p.providerRef(), p.status().name(), MoneyView.of(p.amount()),
                    p.refundRef().orElse(null));
        }
    }

    /** @return the view of {@code d} */
    public static OrderView of(OrderDetails d) {
        Order o = d.order();
        return new OrderView(o.id().toString(), o.brandId().toString(), o.creatorId().toString(),
                o.packageId().map(Object::toString).orElse(null), o.title(), o.requirements(),
                o.deadline().orElse(null), MoneyView.of(o.price()), o.revisionsAllowed(), o.revisionsUsed(),
                o.status().name(), d.allowedActions().stream().map(OrderAction::wireName).toList(),
                o.conversationId().toString(), o.deliverables(), o.version(), o.deliveredAt().orElse(null),
                o.createdAt(), o.updatedAt(), d.payment().map(PaymentView::of).orElse(null),
                d.clientSecret().orElse(null));
    }
}
