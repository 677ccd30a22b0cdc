package io.ensemble.shared.keys;

import java.util.Objects;

/**
 * Thrown at start-up when this node's configured key disagrees with the key the other nodes use, as the
 * database records it (issue 29 §1). The message names the configuration variable and shows fingerprints
 * only, never a secret.
 */
public final class SharedKeyMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String variable;

    /**
     * @param variable the environment variable to fix, e.g. {@code JWT_SECRET}
     * @param message  what disagrees and what to do (fingerprints only)
     */
    public SharedKeyMismatch(String variable, String message) {
        super(message);
        this.variable = Objects.requireNonNull(variable, "variable");
    }

    /** @return the environment variable to fix, e.g. {@code JWT_SECRET} */
    public String variable() {
        return variable;
    }
}
