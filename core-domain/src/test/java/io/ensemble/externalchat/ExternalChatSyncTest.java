package io.ensemble.externalchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.FindUsers;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mirror's queue rules (issue 23 §4): nothing queued when off, retries with capped backoff, order kept. */
class ExternalChatSyncTest {
    private static final Instant T0 = Instant.parse("2026-12-08T10:00:00Z");
    private final Map<UUID, ChatSyncTask> queue = new LinkedHashMap<>();
    private final Map<UUID, Instant> dueAt = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private boolean down;

    private final ChatSyncTasks tasks = new ChatSyncTasks() {
        @Override
        public void enqueue(ChatSyncTask task) {
            if (queue.putIfAbsent(task.id(), task) == null) {
                dueAt.put(task.id(), task.createdAt());
            }
        }

        @Override
        public List<ChatSyncTask> due(Instant now, int limit) {
            return queue.values().stream().filter(t -> !dueAt.get(t.id()).isAfter(now)).limit(limit).toList();
        }

        @Override
        public void done(UUID id) {
            queue.remove(id);
        }

        @Override
        public void failed(UUID id, int attempts, Instant retryAt, String error) {
            ChatSyncTask t = queue.get(id);
            queue.put(id, new ChatSyncTask(id, t.kind(), t.orderId(), t.senderId(), t.members(), t.text(), attempts,
                    t.createdAt(), Optional.of(error)));
            dueAt.put(id, retryAt);
        }

        @Override
        public long pending() {
            return queue.size();
        }
    };

    private final ExternalChat stream = new ExternalChat() {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public String apiKey() {
            return "k";
        }

        @Override
        public String userToken(UUID userId) {
            return "t";
        }

        @Override
        public void upsertUsers(List<ExternalChatUser> users) {
            call("users " + users.size());
        }

        @Override
        public void openChannel(String channelId, String name, UUID createdBy, List<UUID> members) {
            call("open " + channelId);
        }

        @Override
        public void postMessage(String channelId, UUID senderId, String text) {
            call("post " + text);
        }

        private void call(String what) {
            if (down) {
                throw new ProviderUnavailable("down");
            }
            calls.add(what);
        }
    };

    private final FindUsers nobody = id -> Optional.empty();

    @Test
    void off_queues_nothing() {
        ExternalChatSync off = new ExternalChatSync(ExternalChat.DISABLED, tasks, nobody);
        off.orderPlaced(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Reel", T0);
        off.orderMessage(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "hi", T0);
        assertThat(queue).isEmpty();
        assertThat(off.enabled()).isFalse();
    }

    @Test
    void a_failed_call_waits_30_s_doubling_up_to_an_hour_and_then_succeeds_once() {
        ExternalChatSync sync = new ExternalChatSync(stream, tasks, nobody);
        UUID event = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        sync.orderPlaced(event, order, UUID.randomUUID(), UUID.randomUUID(), "Reel", T0);
        sync.orderPlaced(event, order, UUID.randomUUID(), UUID.randomUUID(), "Reel", T0);
        assertThat(queue).as("a relayed event queued twice is one task").hasSize(1);

        down = true;
        assertThat(sync.runDue(T0).failed()).isEqualTo(1);
        assertThat(dueAt.get(event)).isEqualTo(T0.plusSeconds(30));
        assertThat(sync.runDue(T0.plusSeconds(10)).idle()).as("not due yet").isTrue();
        assertThat(ExternalChatSync.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(ExternalChatSync.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(ExternalChatSync.backoff(60)).isEqualTo(Duration.ofHours(1));

        down = false;
        ExternalChatSync.Run run = sync.runDue(T0.plusSeconds(30));
        assertThat(run.done()).isEqualTo(1);
        assertThat(run.queued()).isZero();
        assertThat(calls).containsExactly("users 2", "open order-" + order);
    }
}
