package io.ensemble.identity;

/** Tokens for a new session and the account they belong to. */
public record LoginResult(TokenPair tokens, User user) {
}
