package io.ensemble.persistence.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.marketplace.MessagingOrderConversations;
import io.ensemble.marketplace.Order;
import io.ensemble.marketplace.OrderAction;
import io.ensemble.marketplace.OrderStatus;
import io.ensemble.messaging.SystemMessages;
import io.ensemble.payments.Money;
import io.ensemble.payments.Payout;
import io.ensemble.payments.PayoutAccount;
import io.ensemble.payments.PayoutStatus;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.idempotency.JdbiIdempotencyKeys;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.persistence.messaging.JdbiConversationRepository;
import io.ensemble.persistence.messaging.JdbiMessageRepository;
import io.ensemble.persistence.outbox.JdbiOutbox;
import io.ensemble.persistence.payments.JdbiPayoutAccountRepository;
import io.ensemble.persistence.payments.JdbiPayoutRepository;
import io.ensemble.shared.idempotency.IdempotencyKeys;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.shared.paging.Cursor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JdbiOrderRepository}, {@link JdbiIdempotencyKeys} and {@link JdbiPayoutRepository} on real PostgreSQL. */
class JdbiOrderRepositoryTest extends DatabaseTestBase {
    private static final Instant T0 = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());

    private JdbiOrderRepository orders;
    private UUID brand;
    private UUID creator;

    @BeforeEach
    void setUp() {
        orders = new JdbiOrderRepository(handles);
        brand = user(Role.BRAND);
        creator = user(Role.CREATOR);
    }

    private static UUID user(Role role) {
        UUID id = IDS.newId();
        new JdbiUserRepository(handles).create(new User(id, id + "@example.com", "User " + role, role,
                AccountStatus.ACTIVE, true, "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA", T0, T0));
        return id;
    }

    private Order newOrder(Instant createdAt) {
        UUID orderId = IDS.newId();
        UUID conversation = new MessagingOrderConversations(new SystemMessages(new JdbiConversationRepository(handles),
                new JdbiMessageRepository(handles), new JdbiOutbox(handles), IDS)).openFor(orderId, brand, creator, "Order", createdAt);
        return new Order(orderId, brand, creator, Optional.empty(), "Launch video", "daylight",
                Optional.of(LocalDate.of(2026, 12, 31)), new Money(9_007_199_254_740_993L, "JPY"), 1, 0,
                OrderStatus.PENDING_PAYMENT, conversation, List.of(), 0, Optional.empty(), createdAt, createdAt);
    }

    @Test
    void an_order_round_trips_exactly() {
        Order order = newOrder(T0);
        orders.insert(order);
        assertThat(orders.findById(order.id())).contains(order);
    }

    @Test
    void update_is_a_compare_and_set_on_the_version() {
        Order order = newOrder(T0);
        orders.insert(order);
        Order paid = order.moved(OrderAction.RECORD_PAYMENT, OrderStatus.PAID, List.of(), T0.plusSeconds(1));
        assertThat(orders.update(paid)).isTrue();
        assertThat(orders.update(order.moved(OrderAction.CANCEL, OrderStatus.CANCELLED, List.of(), T0)))
                .as("stale version").isFalse();
        Order delivered = paid.moved(OrderAction.DELIVER, OrderStatus.DELIVERED, List.of("https://x.io/1"),
                T0.plusSeconds(2));
        assertThat(orders.update(delivered)).isTrue();
        assertThat(orders.findById(order.id())).contains(delivered);
    }

    @Test
    void of_many_concurrent_transitions_from_one_version_exactly_one_is_stored() throws Exception {
        Order order = newOrder(T0);
        orders.insert(order);
        AtomicInteger n = new AtomicInteger();
        List<Boolean> results = Concurrently.run(8, () -> transactions.inTransaction(() -> orders.update(
                order.moved(OrderAction.ACCEPT, n.incrementAndGet() % 2 == 0 ? OrderStatus.PAID
                        : OrderStatus.CANCELLED, List.of(), T0.plusSeconds(1)))));
        assertThat(results.stream().filter(b -> b)).hasSize(1);
        assertThat(orders.findById(order.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void lists_page_by_creation_time_filter_by_status_and_find_overdue_deliveries() {
        Order a = newOrder(T0);
        Order b = newOrder(T0.plusSeconds(1));
        Order c = newOrder(T0.plusSeconds(2));
        List.of(a, b, c).forEach(orders::insert);
        Order delivered = b.moved(OrderAction.DELIVER, OrderStatus.DELIVERED, List.of("x"), T0.plusSeconds(10));
        orders.update(delivered);

        List<Order> first = orders.forParty(creator, Optional.empty(), Optional.empty(), 2);
        assertThat(first).extracting(Order::id).containsExactly(c.id(), b.id());
        assertThat(orders.forParty(brand, Optional.empty(), Optional.of(new Cursor(b.createdAt(), b.id())), 2))
                .extracting(Order::id).containsExactly(a.id());
        assertThat(orders.forParty(brand, Optional.of(OrderStatus.DELIVERED), Optional.empty(), 10))
                .extracting(Order::id).containsExactly(b.id());
        assertThat(orders.forParty(IDS.newId(), Optional.empty(), Optional.empty(), 10)).isEmpty();
        assertThat(orders.deliveredBefore(T0.plusSeconds(9), 10)).isEmpty();
        assertThat(orders.deliveredBefore(T0.plusSeconds(10), 10)).containsExactly(b.id());
    }

    @Test
    void an_idempotency_key_is_claimed_once_per_caller_and_scope() {
        JdbiIdempotencyKeys keys = new JdbiIdempotencyKeys(handles);
        UUID orderId = IDS.newId();
        String scope = "orders.place";
        assertThat(keys.claim(scope, brand, "k", new IdempotencyKeys.Use("abc", orderId, true), T0)).isTrue();
        assertThat(keys.claim(scope, brand, "k", new IdempotencyKeys.Use("def", IDS.newId(), true), T0)).isFalse();
        assertThat(keys.claim(scope, creator, "k", new IdempotencyKeys.Use("def", IDS.newId(), true), T0)).isTrue();
        UUID itemId = IDS.newId();
        assertThat(keys.claim("bank.exchange-token", brand, "k", new IdempotencyKeys.Use("ghi", itemId, false), T0))
                .isTrue();
        assertThat(keys.find(scope, brand, "k")).contains(new IdempotencyKeys.Use("abc", orderId, true));
        assertThat(keys.find("bank.exchange-token", brand, "k"))
                .contains(new IdempotencyKeys.Use("ghi", itemId, false));
        assertThat(keys.find(scope, brand, "other")).isEmpty();
    }

    @Test
    void one_payout_per_order_and_settling_happens_once() {
        Order order = newOrder(T0);
        orders.insert(order);
        JdbiPayoutRepository payouts = new JdbiPayoutRepository(handles);
        Payout payout = new Payout(IDS.newId(), creator, order.id(), new Money(1999, "USD"), 199,
                new Money(1800, "USD"), PayoutStatus.PENDING, Optional.empty(), Optional.empty(), T0, T0);
        assertThat(payouts.insert(payout)).isTrue();
        assertThat(payouts.insert(new Payout(IDS.newId(), creator, order.id(), new Money(1999, "USD"), 0,
                new Money(1999, "USD"), PayoutStatus.PENDING, Optional.empty(), Optional.empty(), T0, T0))).isFalse();
        assertThat(payouts.findByOrder(order.id())).contains(payout);
        assertThat(payouts.settle(payout.id(), PayoutStatus.PAID, Optional.of("wire"), T0.plusSeconds(5)))
                .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(PayoutStatus.PAID));
        assertThat(payouts.settle(payout.id(), PayoutStatus.FAILED, Optional.empty(), T0.plusSeconds(6))).isEmpty();
        assertThat(payouts.forUser(creator, Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void a_transfer_is_due_only_for_enabled_payees_claimed_once_backed_off_and_marked_transferred() throws Exception {
        Order order = newOrder(T0);
        orders.insert(order);
        JdbiPayoutRepository payouts = new JdbiPayoutRepository(handles);
        JdbiPayoutAccountRepository accounts = new JdbiPayoutAccountRepository(handles);
        Payout payout = new Payout(IDS.newId(), creator, order.id(), new Money(1999, "USD"), 199,
                new Money(1800, "USD"), PayoutStatus.PENDING, Optional.empty(), Optional.empty(), T0, T0);
        payouts.insert(payout);
        String account = "acct_" + creator.toString().substring(0, 8);
        accounts.insert(new PayoutAccount(creator, "stripe", account, false, T0, T0));
        assertThat(payouts.dueForTransfer("stripe", Optional.of(creator), T0, 10)).isEmpty();
        accounts.updatePayoutsEnabled("stripe", account, true, T0);
        assertThat(accounts.findByAccount("stripe", account)).hasValueSatisfying(a ->
                assertThat(a.userId()).isEqualTo(creator));
        assertThat(payouts.dueForTransfer("stripe", Optional.of(creator), T0, 10)).containsExactly(payout.id());
        assertThat(payouts.dueForTransfer("manual", Optional.of(creator), T0, 10)).isEmpty();

        List<Boolean> claims = Concurrently.run(6, () -> transactions.inTransaction(() ->
                payouts.claimTransfer(payout.id(), T0, T0.plusSeconds(300)).isPresent()));
        assertThat(claims.stream().filter(b -> b)).as("one claimer").hasSize(1);
        assertThat(payouts.dueForTransfer("stripe", Optional.of(creator), T0, 10)).isEmpty();

        payouts.recordTransferFailure(payout.id(), "PROVIDER_UNAVAILABLE: down", T0.plusSeconds(60), T0);
        Payout failed = payouts.findById(payout.id()).orElseThrow();
        assertThat(failed.transferAttempts()).isEqualTo(1);
        assertThat(failed.lastTransferError()).contains("PROVIDER_UNAVAILABLE: down");
        assertThat(failed.nextTransferAt()).contains(T0.plusSeconds(60));
        assertThat(payouts.claimTransfer(payout.id(), T0.plusSeconds(59), T0.plusSeconds(400))).isEmpty();
        assertThat(payouts.claimTransfer(payout.id(), T0.plusSeconds(60), T0.plusSeconds(400))).isPresent();

        assertThat(payouts.markTransferred(payout.id(), "tr_1", "Transferred by stripe (tr_1)", T0.plusSeconds(61)))
                .isTrue();
        assertThat(payouts.markTransferred(payout.id(), "tr_2", "again", T0.plusSeconds(62))).isFalse();
        Payout paid = payouts.findById(payout.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(paid.providerRef()).contains("tr_1");
        assertThat(paid.transferAttempts()).isEqualTo(2);
        assertThat(paid.lastTransferError()).isEmpty();
        assertThat(paid.nextTransferAt()).isEmpty();
        assertThat(payouts.dueForTransfer("stripe", Optional.empty(), T0.plusSeconds(3600), 1000))
                .doesNotContain(payout.id());
    }

    @Test
    void a_claimed_payout_cannot_be_settled_by_hand_until_the_claim_ends_or_lapses() {
        Order order = newOrder(T0);
        orders.insert(order);
        JdbiPayoutRepository payouts = new JdbiPayoutRepository(handles);
        Payout payout = new Payout(IDS.newId(), creator, order.id(), new Money(1999, "USD"), 199,
                new Money(1800, "USD"), PayoutStatus.PENDING, Optional.empty(), Optional.empty(), T0, T0);
        payouts.insert(payout);

        assertThat(payouts.claimTransfer(payout.id(), T0, T0.plusSeconds(300))).isPresent();
        assertThat(payouts.settle(payout.id(), PayoutStatus.PAID, Optional.of("by hand"), T0.plusSeconds(10))).isEmpty();
        payouts.recordTransferFailure(payout.id(), "PROVIDER_UNAVAILABLE: down", T0.plusSeconds(60), T0.plusSeconds(11));
        assertThat(payouts.settle(payout.id(), PayoutStatus.PAID, Optional.of("by hand"), T0.plusSeconds(12)))
                .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(PayoutStatus.PAID));

        Order other = newOrder(T0);
        orders.insert(other);
        Payout lapsing = new Payout(IDS.newId(), creator, other.id(), new Money(500, "USD"), 50,
                new Money(450, "USD"), PayoutStatus.PENDING, Optional.empty(), Optional.empty(), T0, T0);
        payouts.insert(lapsing);
        assertThat(payouts.claimTransfer(lapsing.id(), T0, T0.plusSeconds(300))).isPresent();
        assertThat(payouts.settle(lapsing.id(), PayoutStatus.FAILED, Optional.empty(), T0.plusSeconds(299))).isEmpty();
        assertThat(payouts.settle(lapsing.id(), PayoutStatus.FAILED, Optional.empty(), T0.plusSeconds(300))).isPresent();
    }

    @Test
    void counts_by_status_cover_both_parties_and_no_one_else() {
        orders.insert(newOrder(T0));
        orders.insert(newOrder(T0.plusSeconds(1)));

        assertThat(orders.countsByStatus(brand)).containsExactly(java.util.Map.entry(OrderStatus.PENDING_PAYMENT, 2L));
        assertThat(orders.countsByStatus(creator)).containsExactly(java.util.Map.entry(OrderStatus.PENDING_PAYMENT, 2L));
        assertThat(orders.countsByStatus(user(Role.BRAND))).isEmpty();
    }
}
