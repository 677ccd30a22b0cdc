package io.ensemble.integrations.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.messaging.LocalRealtimeBus;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code redis} realtime bus against the real Redis at 127.0.0.1:6379 (issue 4 §4), with a
 * channel prefix unique to this run: an event published on one bus instance reaches the listeners
 * of another, once; with Redis down, publishing neither throws nor loses local delivery.
 */
class RealtimeRedisBusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<RedisRealtimeBus> buses = new CopyOnWriteArrayList<>();

    private record Event(String room, String event, Object payload) {
    }

    private RedisRealtimeBus bus(String url, String prefix, LocalRealtimeBus local) {
        RedisRealtimeBus bus = new RedisRealtimeBus(url, prefix, local, JSON, JSON::valueToTree);
        buses.add(bus);
        bus.start();
        return bus;
    }

    @AfterEach
    void close() {
        buses.forEach(RedisRealtimeBus::close);
    }

    @Test
    void an_event_published_on_one_node_reaches_the_other_node_once() throws Exception {
        String prefix = "ensemble-test-" + UUID.randomUUID() + ":";
        LocalRealtimeBus localA = new LocalRealtimeBus();
        LocalRealtimeBus localB = new LocalRealtimeBus();
        List<Event> seenA = new CopyOnWriteArrayList<>();
        List<Event> seenB = new CopyOnWriteArrayList<>();
        localA.subscribe((room, event, payload) -> seenA.add(new Event(room, event, payload)));
        localB.subscribe((room, event, payload) -> seenB.add(new Event(room, event, payload)));
        RedisRealtimeBus a = bus("redis://127.0.0.1:6379", prefix, localA);
        RedisRealtimeBus b = bus("redis://127.0.0.1:6379", prefix, localB);
        assertThat(a.connected()).as("Redis must run at 127.0.0.1:6379").isTrue();
        assertThat(b.connected()).isTrue();

        a.publish("conversation:c1", "message_sent", Map.of("id", "m1", "seq", 1));
        await("delivery through Redis").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> !seenB.isEmpty());
        assertThat(seenB).hasSize(1);
        assertThat(seenB.get(0).room()).isEqualTo("conversation:c1");
        assertThat(seenB.get(0).event()).isEqualTo("message_sent");
        assertThat(((JsonNode) seenB.get(0).payload()).path("id").asText()).isEqualTo("m1");
        await("no second delivery").during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    assertThat(seenA).as("delivered locally once, not again through Redis").hasSize(1);
                    assertThat(seenB).hasSize(1);
                });
    }

    @Test
    void with_redis_down_publishing_never_throws_and_still_delivers_locally() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        LocalRealtimeBus local = new LocalRealtimeBus();
        List<Event> seen = new CopyOnWriteArrayList<>();
        local.subscribe((room, event, payload) -> seen.add(new Event(room, event, payload)));
        RedisRealtimeBus down = bus("redis://127.0.0.1:" + closedPort, "ensemble-test-down:", local);
        assertThat(down.connected()).isFalse();

        down.publish("user:u1", "user_online", Map.of("userId", "u1"));
        assertThat(seen).extracting(Event::event).containsExactly("user_online");
    }
}
