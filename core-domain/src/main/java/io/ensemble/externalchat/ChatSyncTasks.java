package io.ensemble.externalchat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The queue of hosted-chat calls still to be made ({@link ChatSyncTask}). */
public interface ChatSyncTasks {
    /** Queues {@code task} due now; a task with the same id already queued is kept as it is. */
    void enqueue(ChatSyncTask task);

    /**
     * @return up to {@code limit} tasks due at {@code now}, oldest first, skipping those of an order that has an
     *     older task still queued (so an order's channel is opened before messages are posted to it)
     */
    List<ChatSyncTask> due(Instant now, int limit);

    /** Removes a task that succeeded. */
    void done(UUID id);

    /** Records a failed attempt: {@code attempts} in all, tried again at {@code retryAt}. */
    void failed(UUID id, int attempts, Instant retryAt, String error);

    /** @return how many tasks are queued (due or not) */
    long pending();
}
