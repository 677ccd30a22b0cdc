package io.ensemble.persistence.messaging;

import io.ensemble.messaging.DuplicateClientMessage;
import io.ensemble.messaging.MessageRepository.Appended;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlErrors;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for members' sends: callers queue their message and wait; one writer thread takes
 * everything queued (up to {@link #MAX_BATCH}) and stores it in one statement and one commit
 * ({@link MessageStore}), then wakes each caller with its own outcome. Under light load a batch
 * is one message (the same statement with one row, no added wait); under load the sends that
 * arrive while a batch is being written go together in the next, so the database does one round
 * trip, one plan and one WAL flush per batch instead of per message. A caller's answer still comes
 * only after its message is committed.
 *
 * <p>One batch is written at a time per node, which also keeps two batches of this node from
 * locking the same conversations in opposite orders. When a batch statement fails (a concurrent
 * insert of the same clientMessageId, a deadlock with another node, the database going away), its
 * rows are sent again one by one when PostgreSQL refused the statement (so nothing of it was stored),
 * and each caller gets the answer the one-message send gives it ({@link DuplicateClientMessage}, …);
 * when the outcome is unknown (the connection broke) every caller gets the failure
 * ({@link io.ensemble.shared.errors.ProviderUnavailable}) rather than risking a message stored twice.
 */
final class MessageWriter {
    /** Rows per statement at most. */
    static final int MAX_BATCH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(MessageWriter.class);

    private final JdbiHandles handles;
    private final Function<MessageStore.Row, Optional<Appended>> sendOne;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Rows put back because their clientMessageId was already in the batch; touched by the writer only. */
    private final Deque<Pending> carried = new ArrayDeque<>();
    private final ThreadPoolExecutor writer;
    private final java.util.concurrent.atomic.AtomicLong batchedRows = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param handles where batches run (a fresh autocommit handle each)
     * @param sendOne the one-message send, for single rows and for rows of a failed batch
     */
    MessageWriter(JdbiHandles handles, Function<MessageStore.Row, Optional<Appended>> sendOne) {
        this.handles = handles;
        this.sendOne = sendOne;
        this.writer = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "message-writer");
            t.setDaemon(true);
            return t;
        });
        this.writer.allowCoreThreadTimeOut(true);
    }

    private record Pending(MessageStore.Row row, CompletableFuture<Optional<Appended>> done) {
        String key() {
            return row.message().clientMessageId()
                    .map(id -> row.message().conversationId() + "/" + row.message().senderId() + "/" + id)
                    .orElse(null);
        }
    }

    /**
     * Queues {@code row} and waits until it is committed (or refused).
     *
     * @return the stored message and its recipients; empty when the sender may not send there
     * @throws DuplicateClientMessage when its clientMessageId is already stored
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the database is down
     */
    Optional<Appended> send(MessageStore.Row row) {
        Pending pending = new Pending(row, new CompletableFuture<>());
        queue.add(pending);
        if (scheduled.compareAndSet(false, true)) {
            writer.execute(this::drain);
        }
        try {
            return pending.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** @return how many rows were stored or refused by batch statements (of two rows or more) so far */
    long batchedRows() {
        return batchedRows.get();
    }

    private void drain() {
        while (true) {
            List<Pending> batch = nextBatch();
            if (batch.isEmpty()) {
                scheduled.set(false);
                if (queue.isEmpty() || !scheduled.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                write(batch);
            } catch (RuntimeException | Error e) {
                batch.forEach(p -> p.done().completeExceptionally(e));
            }
        }
    }

    /** Takes carried rows first, then queued ones; a second row with a clientMessageId already in the batch waits. */
    private List<Pending> nextBatch() {
        List<Pending> batch = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Deque<Pending> stillCarried = new ArrayDeque<>();
        while (batch.size() < MAX_BATCH) {
            Pending p = carried.isEmpty() ? queue.poll() : carried.poll();
            if (p == null) {
                break;
            }
            String key = p.key();
            if (key != null && !keys.add(key)) {
                stillCarried.add(p);
            } else {
                batch.add(p);
            }
        }
        carried.addAll(stillCarried);
        if (batch.isEmpty() && !carried.isEmpty()) {
            batch.add(carried.poll());
        }
        return batch;
    }

    private void write(List<Pending> batch) {
        if (batch.size() > 1) {
            try {
                List<MessageStore.Row> rows = batch.stream().map(Pending::row).toList();
                List<MessageStore.Outcome> outcomes = handles.with(h -> {
                    try {
                        return MessageStore.run(h.getConnection(), rows, true);
                    } catch (SQLException e) {
                        throw new IllegalStateException("sending a batch of messages failed", e);
                    }
                });
                batchedRows.addAndGet(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    MessageStore.Outcome outcome = outcomes.get(i);
                    if (outcome.badReply()) {
                        batch.get(i).done().completeExceptionally(MessageStore.badReplyError());
                    } else if (outcome.duplicate()) {
                        batch.get(i).done().completeExceptionally(new DuplicateClientMessage());
                    } else {
                        batch.get(i).done().complete(outcome.appended());
                    }
                }
                return;
            } catch (RuntimeException e) {
                if (!SqlErrors.isRejectedByServer(e)) {
                    // the outcome is unknown (e.g. the connection broke): a resend could store a message twice
                    batch.forEach(p -> p.done().completeExceptionally(e));
                    return;
                }
                LOG.debug("Batch of {} sends refused; sending them one by one", batch.size(), e);
            }
        }
        for (Pending p : batch) {
            try {
                p.done().complete(sendOne.apply(p.row()));
            } catch (RuntimeException | Error e) {
                p.done().completeExceptionally(e);
            }
        }
    }
}
