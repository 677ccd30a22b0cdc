package io.ensemble.externalchat;

import io.ensemble.identity.FindUsers;
import io.ensemble.identity.User;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Mirrors order conversations into the hosted chat (issue 23 §4): an order placed queues "open the
 * order's channel with brand and creator", each transition queues "post its system message"; the job
 * {@code external-chat-sync} makes the calls. A failed call is retried with exponential backoff (30 s,
 * doubling, at most {@link #MAX_BACKOFF} apart) until it succeeds, so an outage of the provider delays
 * the mirror but never the order, and loses nothing. Does nothing when the provider is off.
 */
public final class ExternalChatSync {
    /** The longest wait between two attempts of a task. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    private static final int BATCH = 50;

    private final ExternalChat chat;
    private final ChatSyncTasks tasks;
    private final FindUsers users;

    /** @param users names of the parties, for the provider's user records */
    public ExternalChatSync(ExternalChat chat, ChatSyncTasks tasks, FindUsers users) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.users = Objects.requireNonNull(users, "users");
    }

    /** @return whether a provider is configured (the app then registers the job) */
    public boolean enabled() {
        return chat.enabled();
    }

    /**
     * An order was placed: queues its channel (named after {@code title}) with brand and creator as members.
     *
     * @param eventId the order event's id (a second relay of the same event queues nothing)
     */
    public void orderPlaced(UUID eventId, UUID orderId, UUID brandId, UUID creatorId, String title, Instant at) {
        if (chat.enabled()) {
            tasks.enqueue(new ChatSyncTask(eventId, ChatSyncTask.Kind.OPEN_CHANNEL, orderId, brandId,
                    List.of(brandId, creatorId), title, 0, at, Optional.empty()));
        }
    }

    /**
     * An order moved: queues {@code text} for the order's channel, posted as {@code senderId}.
     *
     * @param eventId the order event's id (a second relay of the same event queues nothing)
     */
    public void orderMessage(UUID eventId, UUID orderId, UUID senderId, String text, Instant at) {
        if (chat.enabled()) {
            tasks.enqueue(new ChatSyncTask(eventId, ChatSyncTask.Kind.POST_MESSAGE, orderId, senderId, List.of(),
                    text, 0, at, Optional.empty()));
        }
    }

    /**
     * What one run did.
     *
     * @param done calls that succeeded (their tasks removed)
     * @param failed calls that failed (retried later)
     * @param queued tasks left in the queue
     */
    public record Run(int done, int failed, long queued) {
        /** @return whether the run found nothing due */
        public boolean idle() {
            return done == 0 && failed == 0;
        }

        @Override
        public String toString() {
            return done + " done, " + failed + " failed (retried later), " + queued + " queued";
        }
    }

    /**
     * Makes the calls due at {@code now} (one batch).
     *
     * @return what the run did
     */
    public Run runDue(Instant now) {
        int done = 0;
        int failed = 0;
        for (ChatSyncTask task : tasks.due(now, BATCH)) {
            try {
                perform(task);
                tasks.done(task.id());
                done++;
            } catch (ProviderUnavailable e) {
                int attempts = task.attempts() + 1;
                tasks.failed(task.id(), attempts, now.plus(backoff(attempts)), e.getMessage());
                failed++;
            }
        }
        return new Run(done, failed, tasks.pending());
    }

    /** @return the wait after {@code attempts} failures: 30 s doubling, at most {@link #MAX_BACKOFF} */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void perform(ChatSyncTask task) {
        switch (task.kind()) {
            case OPEN_CHANNEL -> {
                chat.upsertUsers(task.members().stream().map(this::user).toList());
                chat.openChannel(task.channelId(), task.text(), task.senderId(), task.members());
            }
            case POST_MESSAGE -> chat.postMessage(task.channelId(), task.senderId(), task.text());
        }
    }

    private ExternalChatUser user(UUID id) {
        String name = users.findById(id).map(User::name).orElse("Former user");
        return new ExternalChatUser(id, name, Optional.empty());
    }
}
