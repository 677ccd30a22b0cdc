package io.ensemble.identity;

/** A single-use password-reset token and its life in seconds. */
public record ResetToken(String resetToken, long expiresIn) {
}
