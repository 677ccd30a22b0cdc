package io.ensemble.integrations.crypto;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.ensemble.identity.PasswordHasher;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Argon2id password hashing with password4j, following the OWASP Password Storage Cheat Sheet
 * (Argon2id, m = 19 MiB, t = 2, p = 1) and RFC 9106. Hashes are PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}) with a 16-byte random salt and a 32-byte output.
 * Unlike bcrypt, Argon2 uses every byte of the password, so long passphrases are not truncated.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
    /** OWASP minimum memory cost, in KiB (19 MiB). */
    public static final int OWASP_MEMORY_KIB = 19_456;
    /** OWASP iteration count (passes over memory). */
    public static final int OWASP_ITERATIONS = 2;
    /** OWASP degree of parallelism (lanes). */
    public static final int OWASP_PARALLELISM = 1;

    private static final int OUTPUT_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int VERSION = Argon2Function.ARGON2_VERSION_13; // 0x13 = 19
    private static final String PHC_PREFIX = "$argon2id$";

    private final Argon2Function function;
    private final String dummyHash;

    /** Creates a hasher with the OWASP parameters (19456 KiB, 2 iterations, parallelism 1). */
    public Argon2idPasswordHasher() {
        this(OWASP_MEMORY_KIB, OWASP_ITERATIONS, OWASP_PARALLELISM);
    }

    /**
     * Creates a hasher with custom cost parameters (cheaper ones for tests).
     *
     * @param memoryKiB   memory cost in KiB, at least {@code 8 * parallelism}
     * @param iterations  number of passes, at least 1
     * @param parallelism number of lanes, at least 1
     * @throws IllegalArgumentException when a parameter is out of range
     */
    public Argon2idPasswordHasher(int memoryKiB, int iterations, int parallelism) {
        if (parallelism < 1 || iterations < 1 || memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 needs parallelism >= 1, iterations >= 1, memory >= 8 * parallelism KiB");
        }
        this.function = Argon2Function.getInstance(memoryKiB, iterations, parallelism, OUTPUT_BYTES, Argon2.ID, VERSION);
        // The dummy hash has the same parameters as real ones, so verifyDummy costs what a failed verify costs.
        byte[] unguessable = new byte[32];
        new SecureRandom().nextBytes(unguessable);
        this.dummyHash = hash(Base64.getEncoder().encodeToString(unguessable));
    }

    /**
     * Hashes a password with a fresh random salt.
     *
     * @param password the plain-text password, any length
     * @return the PHC string, e.g. {@code $argon2id$v=19$m=19456,t=2,p=1$...}
     */
    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    /**
     * Checks a password against a PHC string in constant time. The cost parameters are read from the
     * hash, so hashes made with older parameters still verify.
     *
     * @param password the plain-text password
     * @param hash     an Argon2id PHC string
     * @return whether they match; false (never an exception) when {@code hash} is null, malformed or not Argon2id
     */
    @Override
    public boolean verify(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith(PHC_PREFIX)) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /**
     * Verifies {@code password} against a hash of an unguessable secret made at construction with this
     * hasher's parameters, so a login for an unknown account costs the same time as a wrong password.
     *
     * @param password the submitted password (its result is ignored)
     */
    @Override
    public void verifyDummy(String password) {
        verify(password == null ? "" : password, dummyHash);
    }
}
