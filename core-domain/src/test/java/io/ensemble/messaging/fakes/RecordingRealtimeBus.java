package io.ensemble.messaging.fakes;

import io.ensemble.messaging.RealtimeBus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Records published events and whether a transaction was open at the time; can be told to fail. */
public final class RecordingRealtimeBus implements RealtimeBus {
    /** One published event. */
    public record Event(String room, String event, Object payload, boolean insideTransaction) {
    }

    private final List<Event> events = new ArrayList<>();
    private final BooleanSupplier inTransaction;
    /** When true, {@link #publish} throws, as a broken transport would. */
    public boolean failing;

    /** @param inTransaction tells whether a unit of work is open right now */
    public RecordingRealtimeBus(BooleanSupplier inTransaction) {
        this.inTransaction = inTransaction;
    }

    @Override
    public synchronized void publish(String room, String event, Object payload) {
        if (failing) {
            throw new IllegalStateException("bus down");
        }
        events.add(new Event(room, event, payload, inTransaction.getAsBoolean()));
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }
}
