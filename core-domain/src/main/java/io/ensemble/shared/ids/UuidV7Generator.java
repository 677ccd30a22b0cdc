package io.ensemble.shared.ids;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs per RFC 9562 §5.7 (version 7): 48-bit Unix milliseconds, then 74 random bits.
 * Ids sort by creation time, which keeps B-tree inserts local.
 */
public final class UuidV7Generator implements IdGenerator {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public UuidV7Generator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public UUID newId() {
        long millis = clock.millis();
        byte[] rnd = new byte[10];
        random.nextBytes(rnd);
        long msb = (millis & 0xFFFFFFFFFFFFL) << 16;
        msb |= 0x7000L | ((rnd[0] & 0x0FL) << 8) | (rnd[1] & 0xFFL);
        long lsb = 0;
        for (int i = 2; i < 10; i++) {
            lsb = (lsb << 8) | (rnd[i] & 0xFFL);
        }
        lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
