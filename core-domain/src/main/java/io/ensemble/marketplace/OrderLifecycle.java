package io.ensemble.marketplace;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationType;
import io.ensemble.payments.OrderPayments;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves orders through {@link OrderStateMachine} (issue 8 §2). Each transition, in one transaction:
 * a compare-and-set of the order's version (of two concurrent transitions exactly one wins, the
 * other gets 409 {@code ORDER_CHANGED}), the stored {@link OrderTransition}, the money effect
 * ({@link OrderPayments}: start/record payment, refund, payout), an {@code ORDER_UPDATED}
 * notification to the other party (both parties when an admin or the system acted), and a system
 * message in the order's conversation. After the commit, best effort and never failing the
 * transition: a COMPLETED order's payout is transferred, and a cancelled unpaid order's payment is
 * cancelled at the provider.
 */
public final class OrderLifecycle implements io.ensemble.payments.PaymentConfirmations {
    private static final Logger LOG = LoggerFactory.getLogger(OrderLifecycle.class);
    private static final int AUTO_COMPLETE_BATCH = 100;

    private final OrderRepository orders;
    private final OrderPayments payments;
    private final OrderConversations conversations;
    private final NotificationPublisher notifications;
    private final CreatorStats creatorStats;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final MarketplaceSettings settings;
    private final OrderAudit audit;
    private final io.ensemble.shared.outbox.Outbox outbox;

    /** Wires the ports; {@code audit} records admins' moves ({@link OrderAudit}) in their transaction. */
    public OrderLifecycle(OrderRepository orders, OrderPayments payments, OrderConversations conversations,
                          NotificationPublisher notifications, CreatorStats creatorStats, Transactions transactions,
                          IdGenerator ids, Clock clock, MarketplaceSettings settings,
                          AuditRecorder audit, io.ensemble.shared.outbox.Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.audit = new OrderAudit(audit);
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.creatorStats = Objects.requireNonNull(creatorStats, "creatorStats");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Applies the caller's action to the order; an admin's move is audited ({@link OrderAudit}).
     *
     * @param origin the client address and request id an admin move's audit record keeps
     * @return the order after the move, with the caller's next allowed actions (and, for the first
     *     {@code pay} with a client-confirmed provider, the client secret)
     * @throws NotFound when the caller is neither party nor admin, or the order is unknown
     * @throws Forbidden when the action exists in this state but belongs to another party (a
     *     creator approving their own delivery, a brand accepting its own order)
     * @throws Conflict {@code ILLEGAL_TRANSITION} listing the allowed actions when the action is not
     *     possible now; {@code ORDER_CHANGED} when a concurrent transition won;
     *     {@code PAYMENT_BY_PROVIDER} for {@code record_payment} when the provider confirms payments
     */
    public OrderDetails transition(Caller caller, UUID orderId, TransitionCommand command,
                                   RequestOrigin origin) {
        OrderDetails moved = transactions.inTransaction(() -> {
            Order order = orders.findById(orderId).orElseThrow(OrderLifecycle::notFound);
            OrderParty party = order.partyOf(caller.userId(), caller.is(Role.ADMIN))
                    .orElseThrow(OrderLifecycle::notFound);
            OrderAction action = command.parsedAction();
            OrderStatus next = OrderStateMachine.next(order, action, party, command.resolution())
                    .orElseThrow(() -> refusal(order, action, party));
            if (action == OrderAction.RECORD_PAYMENT && !payments.operatorConfirmsPayments()) {
                throw new Conflict("PAYMENT_BY_PROVIDER", "The payment provider confirms payments itself.");
            }
            OrderDetails details = apply(order, action, next, party, Optional.of(caller.userId()), command.reason(),
                    command.deliverables());
            if (party == OrderParty.ADMIN) {
                audit.adminMoved(caller.userId(), order, details.order(), action, origin);
            }
            return details;
        });
        afterCommit(moved);
        return moved;
    }

    /**
     * Ends an order in progress because one party's account is being deleted and an admin forced it
     * (issue 20 §4): before payment it is CANCELLED, after payment REFUNDED (the payment refunded), as
     * an audited admin move with action {@code cancel}. An order already final is left alone.
     *
     * @throws NotFound when the order is unknown
     * @throws Conflict {@code ORDER_CHANGED} when a concurrent transition won
     */
    public void endForAccountDeletion(Caller admin, UUID orderId, RequestOrigin origin) {
        Optional<OrderDetails> moved = transactions.inTransaction(() -> {
            Order order = orders.findById(orderId).orElseThrow(OrderLifecycle::notFound);
            if (order.status().isFinal()) {
                return Optional.<OrderDetails>empty();
            }
            OrderStatus next = order.status() == OrderStatus.PENDING_PAYMENT ? OrderStatus.CANCELLED
                    : OrderStatus.REFUNDED;
            OrderDetails details = apply(order, OrderAction.CANCEL, next, OrderParty.ADMIN,
                    Optional.of(admin.userId()), Optional.of("Account deleted"), List.of());
            audit.adminMoved(admin.userId(), order, details.order(), OrderAction.CANCEL, origin);
            return Optional.of(details);
        });
        moved.ifPresent(this::afterCommit);
    }

    /**
     * Completes every DELIVERED order whose review window ({@link MarketplaceSettings#reviewWindow})
     * ended at or before {@code now}, as the system: payout written, parties notified. Orders moved
     * concurrently by a party are skipped.
     *
     * @return how many orders were completed
     */
    public int completeOverdueDeliveries(Instant now) {
        Instant cutoff = now.minus(settings.reviewWindow());
        int completed = 0;
        for (UUID id : orders.deliveredBefore(cutoff, AUTO_COMPLETE_BATCH)) {
            try {
                Optional<OrderDetails> moved = transactions.inTransaction(() -> orders.findById(id)
                        .filter(o -> o.status() == OrderStatus.DELIVERED)
                        .filter(o -> o.deliveredAt().map(at -> !at.isAfter(cutoff)).orElse(false))
                        .map(o -> apply(o, OrderAction.AUTO_COMPLETE, OrderStatus.COMPLETED, OrderParty.SYSTEM,
                                Optional.empty(), Optional.of("Review window ended"), List.of())));
                moved.ifPresent(this::afterCommit);
                completed += moved.isPresent() ? 1 : 0;
            } catch (Conflict raced) {
                LOG.info("Order {} moved while auto-completing; skipped", id);
            }
        }
        return completed;
    }

    /**
     * The provider confirmed the order's payment (Stripe {@code payment_intent.succeeded}): a
     * PENDING_PAYMENT order moves to PAID as the system ({@code confirm_payment}: payment marked
     * SUCCEEDED, both parties notified, system message posted). An order already past payment is
     * left alone; a CANCELLED one gets its late payment refunded.
     *
     * @throws NotFound when the order is unknown
     */
    @Override
    public void paymentSucceeded(UUID orderId) {
        transactions.run(() -> {
            Order order = orders.findById(orderId).orElseThrow(OrderLifecycle::notFound);
            if (order.status() == OrderStatus.PENDING_PAYMENT) {
                apply(order, OrderAction.CONFIRM_PAYMENT, OrderStatus.PAID, OrderParty.SYSTEM, Optional.empty(),
                        Optional.of("Payment confirmed by the payment provider"), List.of());
            } else if (order.status() == OrderStatus.CANCELLED) {
                payments.recordCollected(order.id(), order.price(), Map.of("orderId", order.id().toString()));
                payments.refund(order.id());
                LOG.warn("Order {} was cancelled before its payment succeeded; refunded", orderId);
            }
        });
    }

    /**
     * Side effects at the provider that must not run before the transition is committed, nor fail it:
     * the payout transfer of a COMPLETED order, the cancellation of a cancelled order's uncollected payment.
     */
    private void afterCommit(OrderDetails moved) {
        if (moved.order().status() == OrderStatus.COMPLETED) {
            payments.transferPayout(moved.order().id());
        } else if (moved.order().status() == OrderStatus.CANCELLED) {
            payments.cancelPayment(moved.order().id());
        }
    }

    private OrderDetails apply(Order order, OrderAction action, OrderStatus next, OrderParty party,
                               Optional<UUID> actor, Optional<String> note, List<String> deliverables) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Order moved = order.moved(action, next, deliverables, now);
        if (!orders.update(moved)) {
            throw new Conflict("ORDER_CHANGED", "The order changed meanwhile; reload it and try again.");
        }
        orders.appendTransition(new OrderTransition(ids.newId(), order.id(), actor, party, action, order.status(),
                next, note, now));
        outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                new OrderEvent.Transitioned(order.id(), order.brandId(), order.creatorId(), action.wireName(),
                        party.name(), order.status().name(), next.name(), actor, now), now));
        Optional<String> clientSecret = moneyEffects(order, action, next);
        notifyParties(moved, party, actor, action);
        conversations.postSystemMessage(moved.conversationId(), party == OrderParty.CREATOR ? moved.creatorId()
                : moved.brandId(), systemText(order, moved, action, party, note), now);
        return new OrderDetails(moved, OrderStateMachine.allowed(moved, party == OrderParty.SYSTEM
                ? OrderParty.BRAND : party, payments.operatorConfirmsPayments()), payments.paymentOf(moved.id()),
                clientSecret);
    }

    private Optional<String> moneyEffects(Order order, OrderAction action, OrderStatus next) {
        Map<String, String> metadata = Map.of("orderId", order.id().toString(), "brandId",
                order.brandId().toString(), "creatorId", order.creatorId().toString());
        if (action == OrderAction.PAY) {
            return payments.start(order.id(), order.price(), metadata).clientSecret();
        }
        if (action == OrderAction.RECORD_PAYMENT || action == OrderAction.CONFIRM_PAYMENT) {
            payments.recordCollected(order.id(), order.price(), metadata);
        } else if (EnumSet.of(OrderStatus.DECLINED, OrderStatus.REFUNDED).contains(next)
                || (next == OrderStatus.CANCELLED && order.status() == OrderStatus.PAID)) {
            payments.refund(order.id());
        } else if (next == OrderStatus.COMPLETED) {
            payments.recordPayout(order.id(), order.creatorId(), order.price());
            creatorStats.refresh(order.creatorId(), clock.instant());
        }
        return Optional.empty();
    }

    private void notifyParties(Order order, OrderParty party, Optional<UUID> actor, OrderAction action) {
        String title = "Order " + order.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String body = "\"" + order.title() + "\" is now " + order.status() + " (" + action.wireName() + ").";
        for (UUID recipient : List.of(order.brandId(), order.creatorId())) {
            boolean actedThemselves = actor.map(recipient::equals).orElse(false);
            if (!actedThemselves) {
                notifications.publish(new NewNotification(recipient, NotificationType.ORDER_UPDATED, title, body,
                        actor, Optional.of(order.id())));
            }
        }
    }

    private static String systemText(Order before, Order after, OrderAction action, OrderParty party,
                                     Optional<String> note) {
        String who = switch (party) {
            case BRAND -> "The brand";
            case CREATOR -> "The creator";
            case ADMIN -> "An admin";
            case SYSTEM -> "The system";
        };
        StringBuilder text = new StringBuilder(who).append(" did ").append(action.wireName()).append(": ")
                .append(before.status()).append(" → ").append(after.status()).append('.');
        if (action == OrderAction.DELIVER) {
            text.append(" Deliverables: ").append(String.join(", ", after.deliverables())).append('.');
        }
        note.ifPresent(n -> text.append(" Note: ").append(n));
        return text.toString();
    }

    private RuntimeException refusal(Order order, OrderAction action, OrderParty party) {
        boolean someoneElseMay = EnumSet.allOf(OrderParty.class).stream().filter(p -> p != party)
                .anyMatch(p -> OrderStateMachine.next(order, action, p, Optional.of(OrderStatus.COMPLETED)).isPresent());
        if (someoneElseMay) {
            return new Forbidden("You cannot " + action.wireName() + " this order; another party does that.");
        }
        String allowed = OrderStateMachine.allowed(order, party, payments.operatorConfirmsPayments()).stream().map(OrderAction::wireName)
                .collect(Collectors.joining(", "));
        return new Conflict("ILLEGAL_TRANSITION", "Cannot " + action.wireName() + " an order that is "
                + order.status() + ". Allowed now: " + (allowed.isEmpty() ? "none" : allowed) + ".");
    }

    private static NotFound notFound() {
        return new NotFound("No such order.");
    }
}
