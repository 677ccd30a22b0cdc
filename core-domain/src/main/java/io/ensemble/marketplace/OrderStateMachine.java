package io.ensemble.marketplace;

import static io.ensemble.marketplace.OrderAction.ACCEPT;
import static io.ensemble.marketplace.OrderAction.APPROVE;
import static io.ensemble.marketplace.OrderAction.AUTO_COMPLETE;
import static io.ensemble.marketplace.OrderAction.CANCEL;
import static io.ensemble.marketplace.OrderAction.CONFIRM_PAYMENT;
import static io.ensemble.marketplace.OrderAction.DECLINE;
import static io.ensemble.marketplace.OrderAction.DELIVER;
import static io.ensemble.marketplace.OrderAction.DISPUTE;
import static io.ensemble.marketplace.OrderAction.PAY;
import static io.ensemble.marketplace.OrderAction.RECORD_PAYMENT;
import static io.ensemble.marketplace.OrderAction.REQUEST_REVISION;
import static io.ensemble.marketplace.OrderAction.RESOLVE;
import static io.ensemble.marketplace.OrderAction.START;
import static io.ensemble.marketplace.OrderParty.ADMIN;
import static io.ensemble.marketplace.OrderParty.BRAND;
import static io.ensemble.marketplace.OrderParty.CREATOR;
import static io.ensemble.marketplace.OrderParty.SYSTEM;
import static io.ensemble.marketplace.OrderStatus.ACCEPTED;
import static io.ensemble.marketplace.OrderStatus.CANCELLED;
import static io.ensemble.marketplace.OrderStatus.COMPLETED;
import static io.ensemble.marketplace.OrderStatus.DECLINED;
import static io.ensemble.marketplace.OrderStatus.DELIVERED;
import static io.ensemble.marketplace.OrderStatus.DISPUTED;
import static io.ensemble.marketplace.OrderStatus.IN_PROGRESS;
import static io.ensemble.marketplace.OrderStatus.PAID;
import static io.ensemble.marketplace.OrderStatus.PENDING_PAYMENT;
import static io.ensemble.marketplace.OrderStatus.REFUNDED;
import static io.ensemble.marketplace.OrderStatus.REVISION_REQUESTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order lifecycle of issue 8 §2 as one table of {@code (state, action, party) → next state}
 * (DESIGN §Patterns "State machines"):
 *
 * <pre>
 * PENDING_PAYMENT --pay (brand)--------------------> PENDING_PAYMENT (payment started; manual waits)
 * PENDING_PAYMENT --record_payment (admin)---------> PAID
 * PENDING_PAYMENT --confirm_payment (system)-------> PAID  (provider webhook)
 * PENDING_PAYMENT --cancel (brand, creator, admin)-> CANCELLED
 * PAID            --accept (creator)---------------> ACCEPTED
 * PAID            --decline (creator)--------------> DECLINED   (refund)
 * PAID            --cancel (brand, admin)----------> CANCELLED  (refund)
 * ACCEPTED        --start (creator)----------------> IN_PROGRESS
 * IN_PROGRESS     --deliver (creator)--------------> DELIVERED
 * DELIVERED       --approve (brand)----------------> COMPLETED  (payout)
 * DELIVERED       --auto_complete (system)---------> COMPLETED  (payout, after the review window)
 * DELIVERED       --request_revision (brand)-------> REVISION_REQUESTED (while revisions remain)
 * REVISION_REQUESTED --deliver (creator)-----------> DELIVERED
 * ACCEPTED | IN_PROGRESS | DELIVERED | REVISION_REQUESTED --dispute (brand, creator)--> DISPUTED
 * DISPUTED        --resolve (admin, outcome)-------> COMPLETED (payout) | REFUNDED (refund)
 * </pre>
 *
 * COMPLETED, DECLINED, CANCELLED and REFUNDED are final. Pure and stateless.
 */
public final class OrderStateMachine {
    private static final Set<OrderStatus> DISPUTABLE = EnumSet.of(ACCEPTED, IN_PROGRESS, DELIVERED, REVISION_REQUESTED);

    /** One row of the table. */
    private record Rule(OrderStatus from, OrderAction action, Set<OrderParty> parties, OrderStatus to) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(PENDING_PAYMENT, PAY, EnumSet.of(BRAND), PENDING_PAYMENT),
            new Rule(PENDING_PAYMENT, RECORD_PAYMENT, EnumSet.of(ADMIN), PAID),
            new Rule(PENDING_PAYMENT, CONFIRM_PAYMENT, EnumSet.of(SYSTEM), PAID),
            new Rule(PENDING_PAYMENT, CANCEL, EnumSet.of(BRAND, CREATOR, ADMIN), CANCELLED),
            new Rule(PAID, ACCEPT, EnumSet.of(CREATOR), ACCEPTED),
            new Rule(PAID, DECLINE, EnumSet.of(CREATOR), DECLINED),
            new Rule(PAID, CANCEL, EnumSet.of(BRAND, ADMIN), CANCELLED),
            new Rule(ACCEPTED, START, EnumSet.of(CREATOR), IN_PROGRESS),
            new Rule(IN_PROGRESS, DELIVER, EnumSet.of(CREATOR), DELIVERED),
            new Rule(DELIVERED, APPROVE, EnumSet.of(BRAND), COMPLETED),
            new Rule(DELIVERED, AUTO_COMPLETE, EnumSet.of(SYSTEM), COMPLETED),
            new Rule(DELIVERED, REQUEST_REVISION, EnumSet.of(BRAND), REVISION_REQUESTED),
            new Rule(REVISION_REQUESTED, DELIVER, EnumSet.of(CREATOR), DELIVERED),
            new Rule(DISPUTED, RESOLVE, EnumSet.of(ADMIN), COMPLETED));

    private OrderStateMachine() {
    }

    /**
     * The state {@code action} leads to, when {@code party} may take it from the order's state.
     *
     * @param order the order as stored (its revision count guards {@code request_revision})
     * @param outcome for {@code resolve} only: COMPLETED or REFUNDED
     * @return the next state, empty when the move is not allowed
     */
    public static Optional<OrderStatus> next(Order order, OrderAction action, OrderParty party,
                                             Optional<OrderStatus> outcome) {
        OrderStatus from = order.status();
        if (action == DISPUTE) {
            return DISPUTABLE.contains(from) && (party == BRAND || party == CREATOR)
                    ? Optional.of(DISPUTED) : Optional.empty();
        }
        if (action == REQUEST_REVISION && order.revisionsUsed() >= order.revisionsAllowed()) {
            return Optional.empty();
        }
        Optional<OrderStatus> to = RULES.stream()
                .filter(r -> r.from() == from && r.action() == action && r.parties().contains(party))
                .map(Rule::to).findFirst();
        if (action == RESOLVE && to.isPresent()) {
            return outcome.filter(o -> o == COMPLETED || o == REFUNDED);
        }
        return to;
    }

    /**
     * @return the actions {@code party} may take on the order now, in declaration order (for
     *     {@code allowedActions} and the 409 of an illegal one); never the system's actions
     */
    public static List<OrderAction> allowed(Order order, OrderParty party) {
        return EnumSet.allOf(OrderAction.class).stream()
                .filter(a -> a != AUTO_COMPLETE && a != CONFIRM_PAYMENT)
                .filter(a -> next(order, a, party, Optional.of(COMPLETED)).isPresent())
                .toList();
    }

    /**
     * {@link #allowed(Order, OrderParty)} for the configured payment gateway: when the provider
     * confirms payments itself (Stripe), {@code record_payment} is not offered (sent anyway, the
     * lifecycle answers 409 {@code PAYMENT_BY_PROVIDER}).
     *
     * @param operatorConfirmsPayments whether an admin records payments ({@code manual})
     */
    public static List<OrderAction> allowed(Order order, OrderParty party, boolean operatorConfirmsPayments) {
        return allowed(order, party).stream()
                .filter(a -> operatorConfirmsPayments || a != RECORD_PAYMENT)
                .toList();
    }
}
