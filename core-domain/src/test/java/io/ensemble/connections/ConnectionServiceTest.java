package io.ensemble.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.identity.fakes.InMemoryUserRepository;
import io.ensemble.notifications.InMemoryDeliveryQueue;
import io.ensemble.notifications.InMemoryNotificationRepository;
import io.ensemble.notifications.InMemoryOutbox;
import io.ensemble.notifications.InMemoryPreferences;
import io.ensemble.notifications.Notification;
import io.ensemble.notifications.NotificationType;
import io.ensemble.notifications.OutboxNotificationPublisher;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.RollbackTransactions;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConnectionServiceTest {
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryConnectionRepository connections = new InMemoryConnectionRepository(users);
    private final InMemoryNotificationRepository notifications = new InMemoryNotificationRepository();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final RollbackTransactions transactions = new RollbackTransactions(users, connections, notifications, outbox);
    private final ConnectionService service = new ConnectionService(users, connections,
            new OutboxNotificationPublisher(notifications, new InMemoryPreferences(),
                    new InMemoryDeliveryQueue(), outbox, ids, clock), transactions, ids, clock, new InMemoryOutbox());

    private final Caller salon = user("salon@example.com", "Glow Salon", Role.SALON);
    private final Caller influencer = user("ada@example.com", "Ada", Role.INFLUENCER);
    private final Caller stranger = user("eve@example.com", "Eve", Role.INFLUENCER);

    private Caller user(String email, String name, Role role) {
        User u = new User(ids.newId(), email, name, role, AccountStatus.ACTIVE, true, "hash", START, START);
        users.create(u);
        return new Caller(u.id(), role, ids.newId());
    }

    private RequestListing ask(Caller from, Caller to) {
        clock.advance(Duration.ofSeconds(1));
        return service.requestConnection(from, new SendConnectionRequest(to.userId().toString(), "hi"));
    }

    private List<Notification> notificationsOf(Caller c) {
        return notifications.all().stream().filter(n -> n.userId().equals(c.userId())).toList();
    }

    @Test
    void a_request_is_stored_pending_and_notifies_the_receiver_with_an_outbox_event() {
        RequestListing sent = ask(salon, influencer);

        assertThat(sent.request().status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(sent.request().message()).contains("hi");
        assertThat(sent.other()).isEqualTo(new PublicUser(influencer.userId(), "Ada", Role.INFLUENCER));
        List<Notification> received = notificationsOf(influencer);
        assertThat(received).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.CONNECTION_REQUEST);
            assertThat(n.actorId()).contains(salon.userId());
            assertThat(n.subjectId()).contains(sent.request().id());
            assertThat(n.body()).contains("Glow Salon");
        });
        assertThat(outbox.all()).singleElement().satisfies(e -> {
            assertThat(e.recipientId()).isEqualTo(influencer.userId());
            assertThat(e.event()).isEqualTo(io.ensemble.notifications.NotificationEvent.Received.of(received.get(0)));
        });
        assertThat(transactions.commits()).isEqualTo(1);
    }

    @Test
    void a_request_to_yourself_fails_validation_on_receiver_id() {
        assertThatThrownBy(() -> ask(salon, salon)).isInstanceOfSatisfying(ValidationFailed.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("receiverId"));
        assertThat(connections.all()).isEmpty();
    }

    @Test
    void unknown_or_suspended_receivers_are_not_found() {
        users.setStatus(stranger.userId(), AccountStatus.SUSPENDED);

        assertThatThrownBy(() -> ask(salon, stranger)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.requestConnection(salon,
                new SendConnectionRequest(UUID.randomUUID().toString(), null))).isInstanceOf(NotFound.class);
        assertThat(connections.all()).isEmpty();
        assertThat(notifications.all()).isEmpty();
    }

    @Test
    void a_second_request_while_one_is_pending_conflicts() {
        ask(salon, influencer);

        assertThatThrownBy(() -> ask(salon, influencer)).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("REQUEST_PENDING"));
        assertThat(connections.all()).hasSize(1);
        assertThat(notificationsOf(influencer)).hasSize(1);
    }

    @Test
    void a_crossing_request_accepts_the_pending_one_and_notifies_its_requester() {
        RequestListing first = ask(salon, influencer);

        RequestListing crossing = ask(influencer, salon);

        assertThat(crossing.request().id()).isEqualTo(first.request().id());
        assertThat(crossing.request().status()).isEqualTo(ConnectionStatus.ACCEPTED);
        assertThat(crossing.other().id()).isEqualTo(salon.userId());
        assertThat(connections.connected(salon.userId(), influencer.userId())).isTrue();
        assertThat(connections.connected(influencer.userId(), salon.userId())).isTrue();
        assertThat(connections.all()).hasSize(1);
        assertThat(notificationsOf(salon)).singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo(NotificationType.CONNECTION_ACCEPTED));
    }

    @Test
    void requesting_an_existing_connection_conflicts_in_both_directions() {
        RequestListing first = ask(salon, influencer);
        service.acceptConnection(influencer, first.request().id());

        for (Caller[] pair : new Caller[][] {{salon, influencer}, {influencer, salon}}) {
            assertThatThrownBy(() -> ask(pair[0], pair[1])).isInstanceOfSatisfying(Conflict.class,
                    e -> assertThat(e.code()).isEqualTo("ALREADY_CONNECTED"));
        }
    }

    @Test
    void the_receiver_accepts_and_the_requester_is_notified() {
        RequestListing sent = ask(salon, influencer);
        clock.advance(Duration.ofMinutes(5));

        RequestListing accepted = service.acceptConnection(influencer, sent.request().id());

        assertThat(accepted.request().status()).isEqualTo(ConnectionStatus.ACCEPTED);
        assertThat(accepted.request().respondedAt()).contains(clock.instant());
        assertThat(accepted.other().id()).isEqualTo(salon.userId());
        assertThat(connections.connected(salon.userId(), influencer.userId())).isTrue();
        assertThat(notificationsOf(salon)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.CONNECTION_ACCEPTED);
            assertThat(n.actorId()).contains(influencer.userId());
        });
    }

    @Test
    void anyone_but_the_receiver_gets_not_found_when_accepting_or_rejecting() {
        UUID id = ask(salon, influencer).request().id();

        for (Caller who : List.of(salon, stranger)) {
            assertThatThrownBy(() -> service.acceptConnection(who, id)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> service.rejectConnection(who, id)).isInstanceOf(NotFound.class);
        }
        assertThatThrownBy(() -> service.acceptConnection(influencer, UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThat(connections.findById(id).orElseThrow().status()).isEqualTo(ConnectionStatus.PENDING);
    }

    @Test
    void rejecting_does_not_notify_and_an_answered_request_cannot_be_answered_again() {
        UUID id = ask(salon, influencer).request().id();

        RequestListing rejected = service.rejectConnection(influencer, id);

        assertThat(rejected.request().status()).isEqualTo(ConnectionStatus.REJECTED);
        assertThat(notificationsOf(salon)).isEmpty();
        assertThatThrownBy(() -> service.acceptConnection(influencer, id)).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("REQUEST_NOT_PENDING"));
        assertThat(ask(salon, influencer).request().status()).as("a new request after a rejection")
                .isEqualTo(ConnectionStatus.PENDING);
    }

    @Test
    void when_publishing_the_notification_fails_the_request_is_rolled_back_too() {
        outbox.failAppends();

        assertThatThrownBy(() -> ask(salon, influencer)).isInstanceOf(IllegalStateException.class);

        assertThat(connections.all()).isEmpty();
        assertThat(notifications.all()).isEmpty();
        assertThat(transactions.rollbacks()).isEqualTo(1);
    }

    @Test
    void when_the_acceptance_notification_fails_the_request_stays_pending() {
        UUID id = ask(salon, influencer).request().id();
        outbox.failAppends();

        assertThatThrownBy(() -> service.acceptConnection(influencer, id)).isInstanceOf(IllegalStateException.class);

        assertThat(connections.findById(id).orElseThrow().status()).isEqualTo(ConnectionStatus.PENDING);
        assertThat(notificationsOf(salon)).isEmpty();
    }

    @Test
    void lists_page_newest_first_with_cursors_and_show_the_other_party() {
        List<Caller> requesters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Caller c = user("r" + i + "@example.com", "R" + i, Role.SALON);
            requesters.add(c);
            ask(c, influencer);
        }

        Page<RequestListing> first = service.receivedRequests(influencer, new PageRequest(2, Optional.empty()));
        Page<RequestListing> second = service.receivedRequests(influencer, new PageRequest(2, first.nextCursor()));
        Page<RequestListing> third = service.receivedRequests(influencer, new PageRequest(2, second.nextCursor()));

        List<UUID> order = new ArrayList<>();
        for (Page<RequestListing> p : List.of(first, second, third)) {
            p.items().forEach(l -> order.add(l.other().id()));
        }
        assertThat(order).containsExactly(requesters.get(4).userId(), requesters.get(3).userId(),
                requesters.get(2).userId(), requesters.get(1).userId(), requesters.get(0).userId());
        assertThat(third.nextCursor()).isEmpty();
        assertThat(service.sentRequests(requesters.get(0), new PageRequest(20, Optional.empty())).items())
                .singleElement().satisfies(l -> assertThat(l.other().id()).isEqualTo(influencer.userId()));
    }

    @Test
    void accepted_lists_most_recent_connection_first_for_both_sides() {
        UUID older = ask(salon, influencer).request().id();
        UUID newer = ask(stranger, influencer).request().id();
        clock.advance(Duration.ofSeconds(1));
        service.acceptConnection(influencer, newer);
        clock.advance(Duration.ofSeconds(1));
        service.acceptConnection(influencer, older);

        assertThat(service.acceptedConnections(influencer, new PageRequest(20, Optional.empty())).items())
                .extracting(l -> l.request().id()).containsExactly(older, newer);
        assertThat(service.acceptedConnections(salon, new PageRequest(20, Optional.empty())).items())
                .singleElement().satisfies(l -> assertThat(l.other().id()).isEqualTo(influencer.userId()));
    }

    @Test
    void a_cursor_this_list_did_not_make_fails_validation() {
        assertThatThrownBy(() -> service.sentRequests(salon, new PageRequest(20, Optional.of("garbage"))))
                .isInstanceOf(ValidationFailed.class);
    }
}
