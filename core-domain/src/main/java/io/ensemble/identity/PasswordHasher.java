package io.ensemble.identity;

/** Password hashing port (DESIGN §Security: Argon2id with OWASP parameters). */
public interface PasswordHasher {
    /** @return a self-describing hash (PHC string) of {@code password} */
    String hash(String password);

    /** @return whether {@code password} matches {@code hash}; false for a malformed hash */
    boolean verify(String password, String hash);

    /**
     * Spends the same time as a {@link #verify} that fails, for unknown accounts, so a login for
     * an unknown email takes as long as one with a wrong password.
     */
    void verifyDummy(String password);
}
