package io.ensemble.privacy;

import java.time.Instant;

/** Port: signs and checks expiring download links (an HMAC with the shared signing key). */
public interface LinkSigner {

    /** @return the signature of {@code path} valid until {@code expiresEpochSeconds} */
    String sign(String path, long expiresEpochSeconds);

    /** @return whether the signature matches and the expiry is still in the future at {@code now} */
    boolean verify(String path, long expiresEpochSeconds, String signature, Instant now);
}
