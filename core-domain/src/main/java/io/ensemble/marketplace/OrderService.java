package io.ensemble.marketplace;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.identity.FindUsers;
import io.ensemble.payments.Money;
import io.ensemble.payments.OrderPayments;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.idempotency.IdempotencyKeyReused;
import io.ensemble.shared.idempotency.IdempotencyKeys;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Placing and reading orders (issue 8 §2, seeds/002 §Order Processing Flow). Only the brand and the
 * creator of an order, and admins, can see it; anyone else gets {@link NotFound}. Placing an order
 * opens its conversation in the same transaction. Transitions live in {@link OrderLifecycle}.
 */
public final class OrderService {
    /** Longest accepted {@code Idempotency-Key}, in characters. */
    public static final int IDEMPOTENCY_KEY_MAX = 255;
    /** The {@link IdempotencyKeys} scope of {@code POST /api/v1/orders}. */
    public static final String IDEMPOTENCY_SCOPE = "orders.place";

    private final OrderRepository orders;
    private final PackageRepository packages;
    private final FindUsers users;
    private final IdempotencyKeys keys;
    private final OrderConversations conversations;
    private final OrderPayments payments;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final io.ensemble.shared.outbox.Outbox outbox;

    /** Wires the ports. */
    public OrderService(OrderRepository orders, PackageRepository packages, FindUsers users,
                        IdempotencyKeys keys, OrderConversations conversations, OrderPayments payments,
                        Transactions transactions, IdGenerator ids, Clock clock,
                        io.ensemble.shared.outbox.Outbox outbox) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.packages = Objects.requireNonNull(packages, "packages");
        this.users = Objects.requireNonNull(users, "users");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** The answer to a place-order call: the order, and whether this call created it (false for a replay). */
    public record Placed(OrderDetails details, boolean created) {
    }

    /**
     * A brand orders a package or makes a custom offer; the order starts in PENDING_PAYMENT with its
     * GROUP conversation (brand and creator, subject ORDER). With an {@code Idempotency-Key}, a
     * repeat with the same body answers the first order; a different body under the same key is
     * refused.
     *
     * @param idempotencyKey 1..255 characters, optional
     * @throws Forbidden when the caller is not a BRAND
     * @throws NotFound when the package is unknown or inactive, or the creator unknown
     * @throws ValidationFailed {@code SELF_ORDER} when the caller ordered from themselves, or a bad key
     * @throws io.ensemble.shared.errors.DomainException {@link IdempotencyKeyReused} (422) for a key reused with another body
     */
    public Placed placeOrder(Caller caller, Optional<String> idempotencyKey, PlaceOrder command) {
        Optional<String> key = idempotencyKey.map(String::strip).filter(k -> !k.isEmpty());
        key.ifPresent(k -> new io.ensemble.shared.errors.Validator()
                .maxLength("Idempotency-Key", k, IDEMPOTENCY_KEY_MAX).throwIfInvalid());
        if (!caller.is(Role.BRAND)) {
            throw new Forbidden("Only brands can place orders.");
        }
        String fingerprint = command.fingerprint();
        Optional<Placed> replay = key.flatMap(k -> replay(caller, k, fingerprint));
        if (replay.isPresent()) {
            return replay.get();
        }
        try {
            return transactions.inTransaction(() -> create(caller, key, fingerprint, command));
        } catch (KeyRaced raced) {
            return key.flatMap(k -> replay(caller, k, fingerprint)).orElseThrow(() -> raced);
        }
    }

    private Placed create(Caller caller, Optional<String> key, String fingerprint, PlaceOrder command) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        UUID orderId = ids.newId();
        Order draft = draft(caller, orderId, command, now);
        if (key.isPresent() && !keys.claim(IDEMPOTENCY_SCOPE, caller.userId(), key.get(),
                new IdempotencyKeys.Use(fingerprint, orderId, true), now)) {
            throw new KeyRaced();
        }
        UUID conversationId = conversations.openFor(orderId, draft.brandId(), draft.creatorId(),
                "Order: " + draft.title(), now);
        Order order = new Order(orderId, draft.brandId(), draft.creatorId(), draft.packageId(), draft.title(),
                draft.requirements(), draft.deadline(), draft.price(), draft.revisionsAllowed(), 0,
                OrderStatus.PENDING_PAYMENT, conversationId, List.of(), 0, Optional.empty(), now, now);
        orders.insert(order);
        outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(), new OrderEvent.Placed(
                order.id(), order.brandId(), order.creatorId(), order.title(), order.price().amount(),
                order.price().currency(), order.status().name(), now), now));
        conversations.postSystemMessage(conversationId, order.brandId(),
                "Order placed: " + order.title() + " for " + order.price().amount() + " " + order.price().currency()
                        + " (minor units). Waiting for payment.", now);
        return new Placed(details(order, OrderParty.BRAND), true);
    }

    private Order draft(Caller caller, UUID orderId, PlaceOrder command, Instant now) {
        if (command.pkg().isPresent()) {
            CreatorPackage pkg = packages.findById(command.pkg().get()).filter(CreatorPackage::active)
                    .orElseThrow(() -> new NotFound("No such package."));
            requireNotSelf(caller, pkg.creatorId(), "packageId");
            activeCreator(pkg.creatorId());
            return new Order(orderId, caller.userId(), pkg.creatorId(), Optional.of(pkg.id()), pkg.title(),
                    command.requirements(), command.deadlineDate(), pkg.price(), pkg.revisions(), 0,
                    OrderStatus.PENDING_PAYMENT, orderId, List.of(), 0, Optional.empty(), now, now);
        }
        UUID creatorId = command.creator().orElseThrow();
        requireNotSelf(caller, creatorId, "creatorId");
        activeCreator(creatorId);
        Money price = command.price().orElseThrow();
        return new Order(orderId, caller.userId(), creatorId, Optional.empty(), command.title(),
                command.requirements(), command.deadlineDate(), price, 0, 0, OrderStatus.PENDING_PAYMENT, orderId,
                List.of(), 0, Optional.empty(), now, now);
    }

    private Optional<Placed> replay(Caller caller, String key, String fingerprint) {
        return keys.find(IDEMPOTENCY_SCOPE, caller.userId(), key).map(use -> {
            if (!use.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused("a new order");
            }
            Order order = orders.findById(use.resultId()).orElseThrow(() -> new NotFound("No such order."));
            return new Placed(details(order, OrderParty.BRAND), false);
        });
    }

    /**
     * The caller's orders as brand or creator, newest first.
     *
     * @param status optional state name filter (any case)
     * @throws ValidationFailed for an unknown status or a foreign cursor
     */
    public Page<OrderDetails> myOrders(Caller caller, Optional<String> status, PageRequest page) {
        return page(OrderQuery.forParty(caller.userId(), statusFilter(status)), page,
                o -> o.partyOf(caller.userId(), false).orElseThrow());
    }

    /**
     * Every order on the platform for admins (seeds/002 "Admin Dashboard: order monitoring and dispute
     * resolution"), newest first, each with the admin's allowed actions (e.g. {@code resolve} on DISPUTED).
     *
     * @param status optional state name filter (any case), e.g. {@code DISPUTED}
     * @param brandId optional brand user id filter
     * @param creatorId optional creator user id filter
     * @throws Forbidden when the caller is not an ADMIN
     * @throws ValidationFailed naming {@code status}, {@code brandId}, {@code creatorId} or {@code cursor}
     */
    public Page<OrderDetails> allOrders(Caller caller, Optional<String> status, Optional<String> brandId,
                                        Optional<String> creatorId, PageRequest page) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can list every order.");
        }
        Optional<OrderStatus> filter = statusFilter(status);
        Optional<UUID> brand = userFilter("brandId", brandId);
        Optional<UUID> creator = userFilter("creatorId", creatorId);
        return page(new OrderQuery(Optional.empty(), brand, creator, filter), page,
                o -> o.partyOf(caller.userId(), true).orElseThrow());
    }

    /** One page of {@code query}: overfetch by one to know whether there is a next page, cursor on (created_at, id). */
    private Page<OrderDetails> page(OrderQuery query, PageRequest page,
                                    java.util.function.Function<Order, OrderParty> partyOf) {
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        List<Order> rows = orders.find(query, after, page.limit() + 1);
        return Page.fromOverfetch(rows, page.limit(), o -> new Cursor(o.createdAt(), o.id()).encode())
                .map(o -> details(o, partyOf.apply(o)));
    }

    private static Optional<OrderStatus> statusFilter(Optional<String> status) {
        return status.map(String::strip).filter(s -> !s.isEmpty()).map(OrderService::status);
    }

    private static Optional<UUID> userFilter(String field, Optional<String> value) {
        return value.map(String::strip).filter(s -> !s.isEmpty()).map(v -> {
            try {
                UUID id = UUID.fromString(v);
                if (id.toString().equalsIgnoreCase(v)) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new ValidationFailed(List.of(new FieldError(field, "must be a user id (UUID)")));
        });
    }

    /**
     * One order, for its brand, its creator or an admin.
     *
     * @throws NotFound for anyone else, and for unknown ids
     */
    public OrderDetails order(Caller caller, UUID orderId) {
        Order order = orders.findById(orderId).orElseThrow(OrderService::notFound);
        OrderParty party = order.partyOf(caller.userId(), caller.is(Role.ADMIN)).orElseThrow(OrderService::notFound);
        return details(order, party);
    }

    /** @return the order's stored transitions, oldest first. @throws NotFound as {@link #order} */
    public List<OrderTransition> history(Caller caller, UUID orderId) {
        order(caller, orderId);
        return orders.transitions(orderId);
    }

    private OrderDetails details(Order order, OrderParty party) {
        return new OrderDetails(order, OrderStateMachine.allowed(order, party, payments.operatorConfirmsPayments()),
                payments.paymentOf(order.id()),
                Optional.empty());
    }

    private void activeCreator(UUID creatorId) {
        users.findById(creatorId).filter(User::active).filter(u -> u.role() == Role.CREATOR)
                .orElseThrow(() -> new NotFound("No such creator."));
    }

    private static void requireNotSelf(Caller caller, UUID creatorId, String field) {
        if (caller.userId().equals(creatorId)) {
            throw new ValidationFailed(List.of(new FieldError(field, "you cannot order from yourself")));
        }
    }

    private static OrderStatus status(String value) {
        String name = value.toUpperCase(Locale.ROOT);
        return Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new ValidationFailed(List.of(new FieldError("status",
                        "must be one of " + Arrays.toString(OrderStatus.values())))));
    }

    private static NotFound notFound() {
        return new NotFound("No such order.");
    }

    /** A concurrent request stored the same key first; the caller replays its answer. */
    private static final class KeyRaced extends Conflict {
        KeyRaced() {
            super("IDEMPOTENCY_KEY_IN_USE", "A request with this Idempotency-Key is in progress; retry shortly.");
        }
    }
}
