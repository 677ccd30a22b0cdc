package io.ensemble.testing;

import io.ensemble.shared.ids.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable, unique ids: 00000000-0000-0000-0000-000000000001, ...002, ... */
public final class SequentialIdGenerator implements IdGenerator {
    private final AtomicLong next = new AtomicLong();

    @Override
    public UUID newId() {
        return new UUID(0, next.incrementAndGet());
    }
}
