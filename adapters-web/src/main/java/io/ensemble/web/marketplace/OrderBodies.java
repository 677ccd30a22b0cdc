package io.ensemble.web.marketplace;

import io.ensemble.marketplace.PlaceOrder;
import io.ensemble.marketplace.ReviewCommand;
import io.ensemble.marketplace.TransitionCommand;
import io.ensemble.web.payments.PriceBody;
import java.util.List;

/** Request bodies of the order routes; unknown fields are ignored (no mass assignment of status, version …). */
public final class OrderBodies {
    private OrderBodies() {
    }

    /**
     * {@code POST /api/v1/orders}: {@code {packageId, requirements?, deadline?}} or a custom offer
     * {@code {creatorId, title, price: {amount, currency}, requirements?, deadline?}}.
     */
    public record Place(String packageId, String creatorId, String title, String requirements, String deadline,
                        PriceBody price) {
        static final Place EMPTY = new Place(null, null, null, null, null, null);

        PlaceOrder command() {
            return new PlaceOrder(packageId, creatorId, title, requirements, deadline, PriceBody.amountOf(price),
                    PriceBody.currencyOf(price));
        }
    }

    /** {@code POST /api/v1/orders/:id/transitions}: {@code {action, note?, deliverables?, outcome?}}. */
    public record Transition(String action, String note, List<String> deliverables, String outcome) {
        static final Transition EMPTY = new Transition(null, null, null, null);

        TransitionCommand command() {
            return new TransitionCommand(action, note, deliverables, outcome);
        }
    }

    /** {@code POST /api/v1/orders/:id/review}: {@code {rating, comment?}}. */
    public record Review(Integer rating, String comment) {
        static final Review EMPTY = new Review(null, null);

        ReviewCommand command() {
            return new ReviewCommand(rating, comment);
        }
    }
}
