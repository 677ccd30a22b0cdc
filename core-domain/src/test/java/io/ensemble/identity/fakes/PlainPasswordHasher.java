package io.ensemble.identity.fakes;

import io.ensemble.identity.PasswordHasher;
import java.util.concurrent.atomic.AtomicInteger;

/** A reversible, instant "hash" that counts how often each operation ran. */
public final class PlainPasswordHasher implements PasswordHasher {
    private static final String PREFIX = "plain$";

    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicInteger dummyVerifications = new AtomicInteger();

    /** @return what {@link #hash} returns for {@code password}, without counting */
    public static String encode(String password) {
        return PREFIX + password;
    }

    @Override
    public String hash(String password) {
        hashes.incrementAndGet();
        return encode(password);
    }

    @Override
    public boolean verify(String password, String hash) {
        verifications.incrementAndGet();
        return hash.equals(encode(password));
    }

    @Override
    public void verifyDummy(String password) {
        dummyVerifications.incrementAndGet();
    }

    public int hashes() {
        return hashes.get();
    }

    public int verifications() {
        return verifications.get();
    }

    public int dummyVerifications() {
        return dummyVerifications.get();
    }
}
