package io.ensemble.identity;

import java.util.UUID;

/** The new account's id and normalised email (seeds/001 signup answer). */
public record SignupResult(UUID userId, String email) {
}
