package io.ensemble.web.compat.influmojo;

import io.ensemble.marketplace.Order;
import io.ensemble.marketplace.OrderAction;
import io.ensemble.marketplace.OrderParty;
import io.ensemble.marketplace.OrderStateMachine;
import io.ensemble.marketplace.OrderStatus;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seeds/002's order {@code status} values ↔ the native {@link OrderStatus} (issue 23 §6): the native
 * states in lower snake case, except PENDING_PAYMENT, which the seed calls {@code pending}. A status
 * asked for through {@code PUT /orders/:id/status} is reached by the one transition action that leads
 * there from the order's state for the caller ({@link OrderStateMachine}); the rules stay the core's.
 */
final class SeedOrderStatus {
    private SeedOrderStatus() {
    }

    /** @return the seed's value, e.g. {@code pending}, {@code in_progress} */
    static String of(OrderStatus status) {
        return status == OrderStatus.PENDING_PAYMENT ? "pending" : status.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @return the native state the seed's {@code value} names
     * @throws ValidationFailed naming {@code status} for anything else
     */
    static OrderStatus parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(OrderStatus.values()).filter(s -> of(s).equals(v)).findFirst()
                .orElseThrow(() -> new ValidationFailed(List.of(new FieldError("status", "must be one of "
                        + Arrays.stream(OrderStatus.values()).map(SeedOrderStatus::of)
                        .collect(Collectors.joining(", "))))));
    }

    /**
     * @param allowed the caller's allowed actions on the order now
     * @return the action that moves the order to {@code target}, empty when none of the allowed does
     */
    static Optional<OrderAction> actionTo(Order order, OrderParty party, List<OrderAction> allowed,
                                          OrderStatus target) {
        return allowed.stream().filter(a -> target != order.status()
                && OrderStateMachine.next(order, a, party, Optional.of(target)).orElse(null) == target).findFirst();
    }

    /** @return the seed's statuses the caller can move the order to now, in action order */
    static Set<String> reachable(Order order, OrderParty party, List<OrderAction> allowed) {
        Set<String> out = new LinkedHashSet<>();
        for (OrderAction a : allowed) {
            for (OrderStatus outcome : List.of(OrderStatus.COMPLETED, OrderStatus.REFUNDED)) {
                OrderStateMachine.next(order, a, party, Optional.of(outcome))
                        .filter(next -> next != order.status()).ifPresent(next -> out.add(of(next)));
            }
        }
        return out;
    }
}
