package io.ensemble.identity;

/** An access token, the refresh token to get the next one, and the access token's life in seconds. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
}
