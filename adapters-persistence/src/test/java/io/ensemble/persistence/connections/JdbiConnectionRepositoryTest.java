package io.ensemble.persistence.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.connections.ConnectionRequest;
import io.ensemble.connections.ConnectionStatus;
import io.ensemble.connections.PublicUser;
import io.ensemble.connections.RequestListing;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.shared.paging.Cursor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiConnectionRepositoryTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());
    private final JdbiConnectionRepository connections = new JdbiConnectionRepository(handles);
    private final JdbiUserRepository users = new JdbiUserRepository(handles);
    private User ada;
    private User bob;
    private User eve;

    @BeforeEach
    void createUsers() {
        ada = user("ada@example.com", "Ada", Role.INFLUENCER);
        bob = user("bob@example.com", "Bob's Salon", Role.SALON);
        eve = user("eve@example.com", "Eve", Role.CREATOR);
    }

    private User user(String email, String name, Role role) {
        User u = new User(IDS.newId(), email, name, role, AccountStatus.ACTIVE, true, "hash", NOW, NOW);
        users.create(u);
        return u;
    }

    private static ConnectionRequest pending(User from, User to, Instant at) {
        return new ConnectionRequest(IDS.newId(), from.id(), to.id(), Optional.of("hello"), ConnectionStatus.PENDING,
                at, Optional.empty());
    }

    @Test
    void an_inserted_request_is_found_with_every_field() {
        ConnectionRequest r = pending(ada, bob, NOW);
        ConnectionRequest noNote = new ConnectionRequest(IDS.newId(), eve.id(), bob.id(), Optional.empty(),
                ConnectionStatus.PENDING, NOW, Optional.empty());

        connections.insert(r);
        connections.insert(noNote);

        assertThat(connections.findById(r.id())).contains(r);
        assertThat(connections.findById(noNote.id())).contains(noNote);
        assertThat(connections.findById(UUID.randomUUID())).isEmpty();
        assertThat(connections.findOpenBetween(bob.id(), ada.id())).contains(r);
    }

    @Test
    void the_unique_index_allows_one_open_request_per_pair_in_either_direction() {
        connections.insert(pending(ada, bob, NOW));

        assertThatThrownBy(() -> connections.insert(pending(ada, bob, NOW))).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.code()).isEqualTo("CONNECTION_EXISTS"));
        assertThatThrownBy(() -> connections.insert(pending(bob, ada, NOW))).isInstanceOf(Conflict.class);
        assertThat(count("SELECT count(*) FROM connection_requests")).isEqualTo(1);
    }

    @Test
    void a_rejected_request_frees_the_pair_and_an_accepted_one_keeps_it() {
        ConnectionRequest first = pending(ada, bob, NOW);
        connections.insert(first);
        assertThat(connections.respond(first.id(), bob.id(), ConnectionStatus.REJECTED, NOW)).isTrue();
        assertThat(connections.findOpenBetween(ada.id(), bob.id())).isEmpty();

        ConnectionRequest second = pending(ada, bob, NOW);
        connections.insert(second);
        connections.respond(second.id(), bob.id(), ConnectionStatus.ACCEPTED, NOW);

        assertThatThrownBy(() -> connections.insert(pending(bob, ada, NOW))).isInstanceOf(Conflict.class);
    }

    @Test
    void concurrent_inserts_for_the_same_pair_let_exactly_one_commit() throws Exception {
        List<String> outcomes = Concurrently.run(6, () -> {
            try {
                transactions.run(() -> connections.insert(pending(ada, bob, NOW)));
                return "won";
            } catch (Conflict e) {
                return e.code();
            }
        });

        assertThat(outcomes).filteredOn("won"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("CONNECTION_EXISTS"::equals).hasSize(5);
        assertThat(count("SELECT count(*) FROM connection_requests")).isEqualTo(1);
    }

    @Test
    void respond_moves_only_a_pending_request_of_its_receiver_once() {
        ConnectionRequest r = pending(ada, bob, NOW);
        connections.insert(r);
        Instant later = NOW.plusSeconds(60);

        assertThat(connections.respond(r.id(), ada.id(), ConnectionStatus.ACCEPTED, later)).isFalse();
        assertThat(connections.respond(r.id(), eve.id(), ConnectionStatus.ACCEPTED, later)).isFalse();
        assertThat(connections.respond(r.id(), bob.id(), ConnectionStatus.ACCEPTED, later)).isTrue();
        assertThat(connections.respond(r.id(), bob.id(), ConnectionStatus.REJECTED, later)).isFalse();

        assertThat(connections.findById(r.id())).contains(r.respond(ConnectionStatus.ACCEPTED, later));
    }

    @Test
    void connected_is_true_only_for_an_accepted_request_and_symmetric() {
        ConnectionRequest r = pending(ada, bob, NOW);
        connections.insert(r);
        assertThat(connections.connected(ada.id(), bob.id())).isFalse();

        connections.respond(r.id(), bob.id(), ConnectionStatus.ACCEPTED, NOW);

        assertThat(connections.connected(ada.id(), bob.id())).isTrue();
        assertThat(connections.connected(bob.id(), ada.id())).isTrue();
        assertThat(connections.connected(ada.id(), eve.id())).isFalse();
    }

    @Test
    void pending_lists_are_newest_first_with_the_other_users_public_info_and_resume_after_a_cursor() {
        ConnectionRequest older = pending(ada, bob, NOW);
        ConnectionRequest newer = pending(eve, bob, NOW.plusSeconds(1));
        ConnectionRequest mine = pending(bob, user("zed@example.com", "Zed", Role.BRAND), NOW);
        connections.insert(older);
        connections.insert(newer);
        connections.insert(mine);

        List<RequestListing> received = connections.pendingReceived(bob.id(), Optional.empty(), 10);
        assertThat(received).extracting(l -> l.request().id()).containsExactly(newer.id(), older.id());
        assertThat(received.get(0).other()).isEqualTo(new PublicUser(eve.id(), "Eve", Role.CREATOR));
        assertThat(connections.pendingReceived(bob.id(), Optional.of(new Cursor(newer.createdAt(), newer.id())), 10))
                .extracting(l -> l.request().id()).containsExactly(older.id());
        assertThat(connections.pendingSent(bob.id(), Optional.empty(), 10))
                .extracting(l -> l.other().name()).containsExactly("Zed");
        assertThat(connections.pendingSent(ada.id(), Optional.empty(), 10))
                .singleElement().satisfies(l -> assertThat(l.other().id()).isEqualTo(bob.id()));
    }

    @Test
    void requests_with_the_same_time_page_by_id_without_repeats_or_gaps() {
        for (int i = 0; i < 7; i++) {
            connections.insert(pending(user("u" + i + "@example.com", "U" + i, Role.SALON), ada, NOW));
        }
        List<UUID> seen = new java.util.ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        while (true) {
            List<RequestListing> page = connections.pendingReceived(ada.id(), after, 3);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(l -> seen.add(l.request().id()));
            RequestListing last = page.get(page.size() - 1);
            after = Optional.of(new Cursor(last.request().createdAt(), last.request().id()));
        }
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void accepted_lists_both_sides_most_recently_connected_first() {
        ConnectionRequest withBob = pending(ada, bob, NOW);
        ConnectionRequest withEve = pending(eve, ada, NOW);
        connections.insert(withBob);
        connections.insert(withEve);
        connections.respond(withBob.id(), bob.id(), ConnectionStatus.ACCEPTED, NOW.plusSeconds(5));
        connections.respond(withEve.id(), ada.id(), ConnectionStatus.ACCEPTED, NOW.plusSeconds(9));

        assertThat(connections.accepted(ada.id(), Optional.empty(), 10)).extracting(l -> l.other().id())
                .containsExactly(eve.id(), bob.id());
        assertThat(connections.accepted(ada.id(), Optional.of(new Cursor(NOW.plusSeconds(9), withEve.id())), 10))
                .extracting(l -> l.other().id()).containsExactly(bob.id());
        assertThat(connections.accepted(bob.id(), Optional.empty(), 10)).extracting(l -> l.other().id())
                .containsExactly(ada.id());
        assertThat(connections.pendingReceived(ada.id(), Optional.empty(), 10)).isEmpty();
    }
}
