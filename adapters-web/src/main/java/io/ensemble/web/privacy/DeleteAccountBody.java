package io.ensemble.web.privacy;

/** Body of {@code DELETE /api/v1/account}. @param password the caller's password, to prove it is them */
public record DeleteAccountBody(String password) {
}
