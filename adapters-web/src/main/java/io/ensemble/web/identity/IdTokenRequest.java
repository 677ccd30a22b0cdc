package io.ensemble.web.identity;

/**
 * Bodies of the Google and Apple sign-in routes (issue 23 §2): {@code {idToken, role?}} and
 * {@code {identityToken, role?}}; {@code role} is needed only when the account does not exist yet.
 */
public record IdTokenRequest(String idToken, String identityToken, String role) {
    static final IdTokenRequest EMPTY = new IdTokenRequest(null, null, null);
}
