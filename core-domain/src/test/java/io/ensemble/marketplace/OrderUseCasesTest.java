package io.ensemble.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.marketplace.fakes.InMemoryMarket;
import io.ensemble.marketplace.fakes.InMemoryPackages;
import io.ensemble.marketplace.fakes.InMemoryPayments;
import io.ensemble.marketplace.fakes.InMemoryPayouts;
import io.ensemble.notifications.NewNotification;
import io.ensemble.payments.OrderPayments;
import io.ensemble.payments.PaymentStatus;
import io.ensemble.payments.Payout;
import io.ensemble.payments.PayoutTransfers;
import io.ensemble.payments.PlatformFee;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditRecord;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.idempotency.IdempotencyKeyReused;
import io.ensemble.shared.paging.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Order use cases ({@link OrderService}, {@link OrderLifecycle}, {@link ReviewService}) against in-memory ports. */
class OrderUseCasesTest {
    private IdentityFixture id;
    private InMemoryMarket market;
    private InMemoryPayments money;
    private InMemoryPayouts payouts;
    private OrderService orders;
    private OrderLifecycle lifecycle;
    private ReviewService reviews;
    private Caller brand;
    private Caller creator;
    private Caller admin;
    private UUID pkg;

    @BeforeEach
    void setUp() {
        id = IdentityFixture.create();
        market = new InMemoryMarket();
        money = new InMemoryPayments();
        payouts = new InMemoryPayouts();
        InMemoryPackages packages = new InMemoryPackages();
        OrderPayments payments = new OrderPayments(money, money, payouts, new PlatformFee(10),
                new PayoutTransfers(money, payouts, id.transactions, id.clock,
                        new io.ensemble.notifications.InMemoryOutbox(), new io.ensemble.testing.SequentialIdGenerator()), id.ids, id.clock,
                new io.ensemble.notifications.InMemoryOutbox());
        orders = new OrderService(market, packages, id.users, market, market, payments, id.transactions, id.ids, id.clock,
                new io.ensemble.notifications.InMemoryOutbox());
        lifecycle = new OrderLifecycle(market, payments, market, money, market, id.transactions, id.ids, id.clock,
                new MarketplaceSettings(Duration.ofHours(72)), id.audit,
                new io.ensemble.notifications.InMemoryOutbox());
        reviews = new ReviewService(market, market, id.users, market, id.transactions, id.ids, id.clock);
        brand = caller(id.verifiedUser("brand@example.com", Role.BRAND));
        creator = caller(id.verifiedUser("creator@example.com", Role.CREATOR));
        admin = caller(id.verifiedUser("admin@example.com", Role.BRAND), Role.ADMIN);
        pkg = new PackageService(packages, id.transactions, id.ids, id.clock).createPackage(creator,
                new PackageCommand("Reels", "instagram", "reel", 2, 1, 5, 1999L, "USD", "")).id();
    }

    private static Caller caller(User u) {
        return caller(u, u.role());
    }

    private static Caller caller(User u, Role role) {
        return new Caller(u.id(), role, UUID.randomUUID());
    }

    private UUID place(Optional<String> key, String requirements) {
        return orders.placeOrder(brand, key, new PlaceOrder(pkg.toString(), null, null, requirements, null, null, null))
                .details().order().id();
    }

    private OrderDetails act(Caller who, UUID orderId, String action) {
        return lifecycle.transition(who, orderId, new TransitionCommand(action, null, null, null), RequestOrigin.UNKNOWN);
    }

    private UUID delivered() {
        UUID o = place(Optional.empty(), "");
        act(brand, o, "pay");
        act(admin, o, "record_payment");
        act(creator, o, "accept");
        act(creator, o, "start");
        lifecycle.transition(creator, o, new TransitionCommand("deliver", null, List.of("https://x.io/1"), null), RequestOrigin.UNKNOWN);
        return o;
    }

    @Test
    void placing_copies_the_package_opens_the_conversation_and_replays_by_key() {
        UUID first = place(Optional.of("k"), "daylight");
        Order order = market.order(first).orElseThrow();
        assertThat(order.price().amount()).isEqualTo(1999);
        assertThat(order.revisionsAllowed()).isEqualTo(1);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(market.conversationMembers.get(order.conversationId())).containsExactly(brand.userId(),
                creator.userId());
        assertThat(market.systemMessages).hasSize(1);

        OrderService.Placed replay = orders.placeOrder(brand, Optional.of("k"),
                new PlaceOrder(pkg.toString(), null, null, "daylight", null, null, null));
        assertThat(replay.created()).isFalse();
        assertThat(replay.details().order().id()).isEqualTo(first);
        assertThatThrownBy(() -> place(Optional.of("k"), "night")).isInstanceOf(IdempotencyKeyReused.class);
        assertThat(market.orders).hasSize(1);
    }

    @Test
    void only_brands_place_orders_and_not_from_themselves() {
        assertThatThrownBy(() -> orders.placeOrder(creator, Optional.empty(),
                new PlaceOrder(pkg.toString(), null, null, null, null, null, null))).isInstanceOf(Forbidden.class);
        Caller creatorAsBrand = new Caller(creator.userId(), Role.BRAND, UUID.randomUUID());
        assertThatThrownBy(() -> orders.placeOrder(creatorAsBrand, Optional.empty(),
                new PlaceOrder(pkg.toString(), null, null, null, null, null, null))).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> orders.placeOrder(brand, Optional.empty(),
                new PlaceOrder(null, brand.userId().toString(), "x", null, null, 5L, "USD")))
                .isInstanceOf(ValidationFailed.class);
        assertThat(market.orders).isEmpty();
    }

    @Test
    void a_transition_is_stored_notifies_the_other_party_and_posts_a_system_message() {
        UUID o = place(Optional.empty(), "");
        OrderDetails paid = act(brand, o, "pay");
        assertThat(paid.payment().orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(market.transitions).singleElement().satisfies(t -> {
            assertThat(t.actorId()).contains(brand.userId());
            assertThat(t.party()).isEqualTo(OrderParty.BRAND);
            assertThat(t.from()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        });
        assertThat(money.notifications).extracting(NewNotification::recipientId).containsExactly(creator.userId());
        assertThat(market.systemMessages).hasSize(2);

        act(admin, o, "record_payment");
        assertThat(money.notifications).extracting(NewNotification::recipientId)
                .containsExactly(creator.userId(), brand.userId(), creator.userId());
        assertThat(money.payments.get(o).status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void a_lost_compare_and_set_is_a_conflict_with_no_side_effects() {
        UUID o = place(Optional.empty(), "");
        market.raceNextUpdate();
        assertThatThrownBy(() -> act(brand, o, "pay")).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("ORDER_CHANGED"));
        assertThat(market.transitions).isEmpty();
        assertThat(money.gatewayCalls).isEmpty();
        assertThat(money.notifications).isEmpty();
    }

    @Test
    void strangers_get_not_found_the_other_party_forbidden_and_impossible_actions_a_conflict() {
        UUID o = place(Optional.empty(), "");
        Caller stranger = caller(id.verifiedUser("x@example.com", Role.BRAND));
        assertThatThrownBy(() -> orders.order(stranger, o)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> act(stranger, o, "cancel")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> act(creator, o, "pay")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> act(brand, o, "approve")).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.getMessage()).contains("Allowed now: pay, cancel"));
        assertThat(orders.order(admin, o).allowedActions()).containsExactly(OrderAction.RECORD_PAYMENT,
                OrderAction.CANCEL);
    }

    @Test
    void approval_writes_the_payout_minus_the_fee_once_and_refreshes_the_creator() {
        UUID o = delivered();
        assertThatThrownBy(() -> act(creator, o, "approve")).isInstanceOf(Forbidden.class);
        act(brand, o, "approve");
        Payout payout = payouts.findByOrder(o).orElseThrow();
        assertThat(payout.fee()).isEqualTo(199);
        assertThat(payout.net().amount()).isEqualTo(1800);
        assertThat(payout.userId()).isEqualTo(creator.userId());
        assertThat(market.statsRefreshed).containsExactly(creator.userId());
        assertThat(money.gatewayCalls).contains("payout " + creator.userId() + " 1800");
    }

    @Test
    void approval_transfers_the_payout_after_commit_and_marks_it_paid_when_the_gateway_can() {
        money.transfers = true;
        UUID o = delivered();

        OrderDetails approved = act(brand, o, "approve");

        assertThat(approved.order().status()).isEqualTo(OrderStatus.COMPLETED);
        Payout payout = payouts.findByOrder(o).orElseThrow();
        assertThat(payout.status()).isEqualTo(io.ensemble.payments.PayoutStatus.PAID);
        assertThat(payout.providerRef()).contains("tr_" + payout.id());
        assertThat(payout.transferAttempts()).isEqualTo(1);
        assertThat(money.gatewayCalls).containsOnlyOnce("payout " + creator.userId() + " 1800");
    }

    @Test
    void approval_never_fails_because_of_the_transfer_the_payout_waits_with_its_error() {
        money.payoutFailure = new io.ensemble.shared.errors.ProviderUnavailable("Stripe is unavailable; try again.");
        UUID o = delivered();

        OrderDetails approved = act(brand, o, "approve");

        assertThat(approved.order().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(market.order(o).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
        Payout payout = payouts.findByOrder(o).orElseThrow();
        assertThat(payout.status()).isEqualTo(io.ensemble.payments.PayoutStatus.PENDING);
        assertThat(payout.providerRef()).isEmpty();
        assertThat(payout.transferAttempts()).isEqualTo(1);
        assertThat(payout.lastTransferError()).hasValueSatisfying(e -> assertThat(e)
                .startsWith("PROVIDER_UNAVAILABLE").contains("Stripe is unavailable"));
        assertThat(payout.nextTransferAt()).contains(id.clock.instant().plus(PayoutTransfers.FIRST_RETRY));
    }

    @Test
    void cancelling_an_unpaid_order_cancels_its_started_payment_after_commit() {
        UUID notStarted = place(Optional.empty(), "");
        act(brand, notStarted, "cancel");
        assertThat(money.gatewayCalls).noneMatch(c -> c.startsWith("cancel"));

        UUID started = place(Optional.empty(), "");
        act(brand, started, "pay");
        OrderDetails cancelled = act(creator, started, "cancel");

        assertThat(cancelled.order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(money.gatewayCalls).containsOnlyOnce("cancel fake_" + started);
        assertThat(money.payments.get(started).status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void a_cancel_succeeds_locally_when_the_provider_cannot_cancel_the_payment() {
        money.cancelFailure = new io.ensemble.shared.errors.ProviderUnavailable("Stripe is unavailable");
        UUID o = place(Optional.empty(), "");
        act(brand, o, "pay");

        OrderDetails cancelled = act(brand, o, "cancel");

        assertThat(cancelled.order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(market.order(o).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(money.gatewayCalls).contains("cancel fake_" + o);
    }

    @Test
    void cancelling_a_paid_order_refunds_and_cancels_nothing() {
        UUID o = place(Optional.empty(), "");
        act(admin, o, "record_payment");

        act(brand, o, "cancel");

        assertThat(money.gatewayCalls).contains("refund fake_" + o + " 1999").noneMatch(c -> c.startsWith("cancel"));
    }

    @Test
    void only_admins_moves_are_audited_and_a_refunding_one_also_as_a_refund() {
        UUID byBrand = place(Optional.empty(), "");
        act(admin, byBrand, "record_payment");
        act(brand, byBrand, "cancel");
        UUID byAdmin = place(Optional.empty(), "");
        act(admin, byAdmin, "record_payment");
        lifecycle.transition(admin, byAdmin, new TransitionCommand("cancel", null, null, null),
                RequestOrigin.of("203.0.113.9", "req-cancel"));

        List<AuditRecord> records = id.auditRecords.all().stream()
                .filter(r -> r.target().map(t -> t.type().equals("order")).orElse(false)).toList();
        assertThat(records).extracting(AuditRecord::action).containsExactly(AuditAction.ORDER_TRANSITIONED,
                AuditAction.ORDER_TRANSITIONED, AuditAction.ORDER_TRANSITIONED, AuditAction.REFUND_ISSUED);
        assertThat(records).allSatisfy(r -> assertThat(r.actorId()).contains(admin.userId()));
        assertThat(records.get(2).target()).contains(new AuditTarget("order", byAdmin.toString()));
        assertThat(records.get(2).changes()).containsExactly(FieldChange.of("status", "PAID", "CANCELLED"),
                FieldChange.of("action", null, "cancel"));
        assertThat(records.get(2).requestId()).contains("req-cancel");
        assertThat(records.get(3).changes()).containsExactly(FieldChange.of("amount", null, "1999 USD"));
    }

    @Test
    void record_payment_is_not_offered_when_the_provider_confirms_payments_but_still_answers_409() {
        money.operatorConfirms = false;
        UUID o = place(Optional.empty(), "");

        assertThat(orders.order(admin, o).allowedActions()).containsExactly(OrderAction.CANCEL);
        assertThat(act(brand, o, "pay").allowedActions()).containsExactly(OrderAction.PAY, OrderAction.CANCEL);
        assertThatThrownBy(() -> act(admin, o, "record_payment")).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("PAYMENT_BY_PROVIDER"));
        assertThatThrownBy(() -> act(admin, o, "approve")).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.getMessage()).contains("Allowed now: cancel."));
    }

    @Test
    void auto_complete_waits_for_the_review_window() {
        UUID o = delivered();
        assertThat(lifecycle.completeOverdueDeliveries(id.clock.instant().plus(Duration.ofHours(71)))).isZero();
        id.clock.advance(Duration.ofHours(72));
        assertThat(lifecycle.completeOverdueDeliveries(id.clock.instant())).isEqualTo(1);
        assertThat(market.order(o).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(money.gatewayCalls).as("transfer attempted after the commit")
                .containsOnlyOnce("payout " + creator.userId() + " 1800");
        OrderTransition last = market.transitions.get(market.transitions.size() - 1);
        assertThat(last.party()).isEqualTo(OrderParty.SYSTEM);
        assertThat(last.actorId()).isEmpty();
        assertThat(money.notifications.subList(money.notifications.size() - 2, money.notifications.size()))
                .extracting(NewNotification::recipientId).containsExactly(brand.userId(), creator.userId());
        assertThat(lifecycle.completeOverdueDeliveries(id.clock.instant())).isZero();
    }

    @Test
    void decline_refunds_through_the_gateway() {
        UUID o = place(Optional.empty(), "");
        act(admin, o, "record_payment");
        act(creator, o, "decline");
        assertThat(money.payments.get(o).status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(money.gatewayCalls).contains("refund fake_" + o + " 1999");
        assertThat(payouts.payouts).isEmpty();
    }

    @Test
    void the_brand_reviews_once_after_completion() {
        UUID o = delivered();
        assertThatThrownBy(() -> reviews.reviewOrder(brand, o, new ReviewCommand(5, "")))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_COMPLETED"));
        act(brand, o, "approve");
        assertThatThrownBy(() -> reviews.reviewOrder(creator, o, new ReviewCommand(5, "")))
                .isInstanceOf(Forbidden.class);
        assertThat(reviews.reviewOrder(brand, o, new ReviewCommand(4, "good")).rating()).isEqualTo(4);
        assertThatThrownBy(() -> reviews.reviewOrder(brand, o, new ReviewCommand(5, "again")))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("REVIEW_EXISTS"));
        assertThat(market.statsRefreshed).containsExactly(creator.userId(), creator.userId());
    }

    @Test
    void only_admins_list_every_order_and_filters_narrow_it() {
        UUID first = place(Optional.empty(), "one");
        id.clock.advance(Duration.ofSeconds(1));
        UUID second = place(Optional.empty(), "two");

        assertThatThrownBy(() -> orders.allOrders(brand, Optional.empty(), Optional.empty(), Optional.empty(),
                PageRequest.of(null, null))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> orders.allOrders(creator, Optional.empty(), Optional.empty(), Optional.empty(),
                PageRequest.of(null, null))).isInstanceOf(Forbidden.class);

        var page = orders.allOrders(admin, Optional.empty(), Optional.of(brand.userId().toString()),
                Optional.of(creator.userId().toString()), PageRequest.of("1", null));
        assertThat(page.items()).extracting(d -> d.order().id()).containsExactly(second);
        var next = orders.allOrders(admin, Optional.of("pending_payment"), Optional.empty(), Optional.empty(),
                PageRequest.of("1", page.nextCursor().orElseThrow()));
        assertThat(next.items()).extracting(d -> d.order().id()).containsExactly(first);
        assertThat(next.nextCursor()).isEmpty();
        assertThat(orders.allOrders(admin, Optional.of("PAID"), Optional.empty(), Optional.empty(),
                PageRequest.of(null, null)).items()).isEmpty();
        assertThatThrownBy(() -> orders.allOrders(admin, Optional.empty(), Optional.of("nope"), Optional.empty(),
                PageRequest.of(null, null))).isInstanceOf(ValidationFailed.class);
    }
}
