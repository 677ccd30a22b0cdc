package io.ensemble.hooks;

import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of one delivery attempt (issue 26 §2).
 *
 * @param responseCode the endpoint's HTTP status, empty when it did not answer (timeout, refused)
 * @param durationMs how long the attempt took, in milliseconds
 * @param error a short reason when there is no status, never a secret
 */
public record Attempt(Optional<Integer> responseCode, long durationMs, Optional<String> error) {
    public Attempt {
        Objects.requireNonNull(responseCode, "responseCode");
        Objects.requireNonNull(error, "error");
    }

    /** @return whether the endpoint answered 2xx */
    public boolean succeeded() {
        return responseCode.map(c -> c >= 200 && c < 300).orElse(false);
    }
}
