package io.ensemble.marketplace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a party asks an order to do ({@code POST /api/v1/orders/:id/transitions {action}}, issue 8
 * §2); wire names are lower snake case ({@code record_payment}). {@code AUTO_COMPLETE} is taken by
 * the system only, after the review window; {@code CONFIRM_PAYMENT} by the system only, when the
 * payment provider confirms the payment (Stripe webhook).
 */
public enum OrderAction {
    PAY, RECORD_PAYMENT, ACCEPT, DECLINE, START, DELIVER, REQUEST_REVISION, APPROVE, CANCEL, DISPUTE, RESOLVE,
    AUTO_COMPLETE, CONFIRM_PAYMENT;

    /** @return the wire name, e.g. {@code request_revision} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the action a client named (any case), empty for unknown names and the system's actions */
    public static Optional<OrderAction> fromClient(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a != AUTO_COMPLETE && a != CONFIRM_PAYMENT && a.name().equals(name)).findFirst();
    }
}
