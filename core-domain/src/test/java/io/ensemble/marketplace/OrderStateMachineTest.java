package io.ensemble.marketplace;

import static io.ensemble.marketplace.OrderAction.*;
import static io.ensemble.marketplace.OrderParty.*;
import static io.ensemble.marketplace.OrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.payments.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderStateMachineTest {
    static Order order(OrderStatus status, int revisionsAllowed, int revisionsUsed) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new Order(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Optional.empty(), "t", "",
                Optional.empty(), new Money(100, "USD"), revisionsAllowed, revisionsUsed, status, UUID.randomUUID(),
                List.of(), 0, Optional.empty(), t, t);
    }

    private static Optional<OrderStatus> next(OrderStatus from, OrderAction action, OrderParty party) {
        return OrderStateMachine.next(order(from, 1, 0), action, party, Optional.empty());
    }

    @Test
    void the_happy_path_moves_through_every_state_with_the_right_party() {
        assertThat(next(PENDING_PAYMENT, PAY, BRAND)).contains(PENDING_PAYMENT);
        assertThat(next(PENDING_PAYMENT, RECORD_PAYMENT, ADMIN)).contains(PAID);
        assertThat(next(PAID, ACCEPT, CREATOR)).contains(ACCEPTED);
        assertThat(next(ACCEPTED, START, CREATOR)).contains(IN_PROGRESS);
        assertThat(next(IN_PROGRESS, DELIVER, CREATOR)).contains(DELIVERED);
        assertThat(next(DELIVERED, REQUEST_REVISION, BRAND)).contains(REVISION_REQUESTED);
        assertThat(next(REVISION_REQUESTED, DELIVER, CREATOR)).contains(DELIVERED);
        assertThat(next(DELIVERED, APPROVE, BRAND)).contains(COMPLETED);
        assertThat(next(DELIVERED, AUTO_COMPLETE, SYSTEM)).contains(COMPLETED);
    }

    @Test
    void the_wrong_party_gets_nothing() {
        assertThat(next(DELIVERED, APPROVE, CREATOR)).isEmpty();
        assertThat(next(PAID, ACCEPT, BRAND)).isEmpty();
        assertThat(next(PENDING_PAYMENT, RECORD_PAYMENT, BRAND)).isEmpty();
        assertThat(next(PENDING_PAYMENT, PAY, CREATOR)).isEmpty();
        assertThat(next(DELIVERED, AUTO_COMPLETE, BRAND)).isEmpty();
        assertThat(next(ACCEPTED, DISPUTE, ADMIN)).isEmpty();
    }

    @Test
    void revisions_are_capped_by_the_package() {
        assertThat(OrderStateMachine.next(order(DELIVERED, 1, 1), REQUEST_REVISION, BRAND, Optional.empty())).isEmpty();
        assertThat(OrderStateMachine.next(order(DELIVERED, 0, 0), REQUEST_REVISION, BRAND, Optional.empty())).isEmpty();
        assertThat(OrderStateMachine.allowed(order(DELIVERED, 1, 1), BRAND)).containsExactly(APPROVE, DISPUTE);
        assertThat(OrderStateMachine.allowed(order(DELIVERED, 2, 1), BRAND))
                .containsExactly(REQUEST_REVISION, APPROVE, DISPUTE);
    }

    @Test
    void disputes_by_either_party_while_work_is_under_way_and_an_admin_resolves_them() {
        for (OrderStatus s : List.of(ACCEPTED, IN_PROGRESS, DELIVERED, REVISION_REQUESTED)) {
            assertThat(next(s, DISPUTE, BRAND)).contains(DISPUTED);
            assertThat(next(s, DISPUTE, CREATOR)).contains(DISPUTED);
        }
        assertThat(next(PAID, DISPUTE, BRAND)).isEmpty();
        assertThat(next(COMPLETED, DISPUTE, BRAND)).isEmpty();
        Order disputed = order(DISPUTED, 0, 0);
        assertThat(OrderStateMachine.next(disputed, RESOLVE, ADMIN, Optional.of(REFUNDED))).contains(REFUNDED);
        assertThat(OrderStateMachine.next(disputed, RESOLVE, ADMIN, Optional.of(COMPLETED))).contains(COMPLETED);
        assertThat(OrderStateMachine.next(disputed, RESOLVE, ADMIN, Optional.of(PAID))).isEmpty();
        assertThat(OrderStateMachine.next(disputed, RESOLVE, ADMIN, Optional.empty())).isEmpty();
        assertThat(OrderStateMachine.next(disputed, RESOLVE, BRAND, Optional.of(REFUNDED))).isEmpty();
    }

    @Test
    void cancel_before_acceptance_only_and_decline_only_when_paid() {
        assertThat(next(PENDING_PAYMENT, CANCEL, CREATOR)).contains(CANCELLED);
        assertThat(next(PAID, CANCEL, BRAND)).contains(CANCELLED);
        assertThat(next(PAID, CANCEL, CREATOR)).isEmpty();
        assertThat(next(ACCEPTED, CANCEL, BRAND)).isEmpty();
        assertThat(next(PAID, DECLINE, CREATOR)).contains(DECLINED);
        assertThat(next(PENDING_PAYMENT, DECLINE, CREATOR)).isEmpty();
    }

    @Test
    void final_states_allow_nothing_for_anyone() {
        for (OrderStatus s : List.of(COMPLETED, DECLINED, CANCELLED, REFUNDED)) {
            assertThat(s.isFinal()).isTrue();
            for (OrderParty p : OrderParty.values()) {
                assertThat(OrderStateMachine.allowed(order(s, 5, 0), p)).as(s + " " + p).isEmpty();
            }
        }
    }

    @Test
    void allowed_actions_per_party_in_each_open_state() {
        assertThat(OrderStateMachine.allowed(order(PENDING_PAYMENT, 0, 0), BRAND)).containsExactly(PAY, CANCEL);
        assertThat(OrderStateMachine.allowed(order(PENDING_PAYMENT, 0, 0), ADMIN))
                .containsExactly(RECORD_PAYMENT, CANCEL);
        assertThat(OrderStateMachine.allowed(order(PAID, 0, 0), CREATOR)).containsExactly(ACCEPT, DECLINE);
        assertThat(OrderStateMachine.allowed(order(DISPUTED, 0, 0), ADMIN)).containsExactly(RESOLVE);
        assertThat(OrderStateMachine.allowed(order(DISPUTED, 0, 0), BRAND)).isEmpty();
    }

    @Test
    void record_payment_is_offered_only_when_an_operator_confirms_payments() {
        assertThat(OrderStateMachine.allowed(order(PENDING_PAYMENT, 0, 0), ADMIN, true))
                .containsExactly(RECORD_PAYMENT, CANCEL);
        assertThat(OrderStateMachine.allowed(order(PENDING_PAYMENT, 0, 0), ADMIN, false)).containsExactly(CANCEL);
        assertThat(OrderStateMachine.allowed(order(PENDING_PAYMENT, 0, 0), BRAND, false)).containsExactly(PAY, CANCEL);
        assertThat(OrderStateMachine.allowed(order(PAID, 0, 0), CREATOR, false)).containsExactly(ACCEPT, DECLINE);
    }

    @Test
    void auto_complete_is_never_a_client_action() {
        assertThat(OrderAction.fromClient("auto_complete")).isEmpty();
        assertThat(OrderAction.fromClient("Request_Revision")).contains(REQUEST_REVISION);
        assertThat(OrderAction.fromClient(null)).isEmpty();
    }
}
