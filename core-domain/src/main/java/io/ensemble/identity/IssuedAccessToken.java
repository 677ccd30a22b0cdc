package io.ensemble.identity;

/** A signed access token and its lifetime in seconds. */
public record IssuedAccessToken(String token, long expiresInSeconds) {
}
