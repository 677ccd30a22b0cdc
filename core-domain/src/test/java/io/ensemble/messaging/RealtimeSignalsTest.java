package io.ensemble.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.messaging.fakes.InMemoryChat;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.messaging.fakes.RecordingRealtimeBus;
import io.ensemble.messaging.fakes.TrackingTransactions;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Presence (issue 4 §3): online/offline per node's connection count, and the stored last seen. */
class RealtimeSignalsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private InMemoryChat store;
    private RecordingRealtimeBus bus;
    private RealtimeSignals signals;
    private UUID alice;
    private UUID bob;

    @BeforeEach
    void setUp() {
        store = new InMemoryChat();
        TrackingTransactions transactions = new TrackingTransactions();
        bus = new RecordingRealtimeBus(transactions::open);
        MessagingService chat = new MessagingService(store, store, store, (a, b) -> true, bus, ConversationWatchers.NONE, transactions,
                new SequentialIdGenerator(), clock, new MessagingSettings(false));
        signals = new RealtimeSignals(chat, bus, clock);
        alice = store.addUser("Alice", true);
        bob = store.addUser("Bob", true);
        chat.openDirect(new Caller(alice, Role.INFLUENCER, UUID.randomUUID()), bob);
    }

    @Test
    void the_first_connection_and_the_last_close_are_announced_to_partners_and_stored_as_last_seen() {
        Instant opened = clock.instant();
        signals.connected(alice);
        clock.advance(Duration.ofMinutes(1));
        signals.connected(alice);
        assertThat(store.findReachable(alice).orElseThrow().lastSeenAt()).contains(opened);

        clock.advance(Duration.ofMinutes(1));
        signals.disconnected(alice);
        assertThat(signals.isOnline(alice)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        Instant closed = clock.instant();
        signals.disconnected(alice);

        assertThat(signals.isOnline(alice)).isFalse();
        assertThat(store.findReachable(alice).orElseThrow().lastSeenAt()).contains(closed);
        assertThat(bus.events()).extracting(e -> e.room() + " " + e.event())
                .containsExactly("user:" + bob + " user_online", "user:" + bob + " user_offline");
        assertThat(bus.events().get(1).payload()).isEqualTo(new PresenceChange(alice, false, closed));
        assertThat(store.findReachable(bob).orElseThrow().lastSeenAt()).isEqualTo(Optional.empty());
    }

    @Test
    void with_other_nodes_only_cluster_wide_transitions_are_announced_and_online_asks_them() {
        var others = new java.util.HashSet<UUID>();
        ClusterPresence cluster = new ClusterPresence() {
            @Override
            public boolean nodeOnline(UUID userId) {
                return !others.contains(userId);
            }

            @Override
            public boolean nodeOffline(UUID userId) {
                return !others.contains(userId);
            }

            @Override
            public boolean onOtherNodes(UUID userId) {
                return others.contains(userId);
            }
        };
        MessagingService chat = new MessagingService(store, store, store, (a, b) -> true, bus,
                ConversationWatchers.NONE, new TrackingTransactions(), new SequentialIdGenerator(), clock,
                new MessagingSettings(false));
        RealtimeSignals clustered = new RealtimeSignals(chat, bus, clock, cluster);
        others.add(alice);

        assertThat(clustered.isOnline(alice)).as("online on another node").isTrue();
        clustered.connected(alice);
        assertThat(clustered.connectedHere()).containsExactly(alice);
        clustered.disconnected(alice);
        assertThat(bus.events()).as("still online elsewhere: nothing to announce").isEmpty();

        others.clear();
        assertThat(clustered.isOnline(alice)).isFalse();
        clustered.expired(alice);
        assertThat(bus.events()).extracting(e -> e.room() + " " + e.event())
                .containsExactly("user:" + bob + " user_offline");
    }
}
