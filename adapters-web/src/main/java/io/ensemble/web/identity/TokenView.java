package io.ensemble.web.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.identity.LoginResult;
import io.ensemble.identity.TokenPair;

/**
 * Tokens in answers to login ({@code {accessToken, refreshToken, expiresIn, user}}) and refresh
 * (without {@code user}). {@code expiresIn} is the access token's life in seconds.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(String accessToken, String refreshToken, long expiresIn, UserView user) {

    public static TokenView of(LoginResult result) {
        TokenPair t = result.tokens();
        return new TokenView(t.accessToken(), t.refreshToken(), t.expiresIn(), UserView.of(result.user()));
    }

    public static TokenView of(TokenPair t) {
        return new TokenView(t.accessToken(), t.refreshToken(), t.expiresIn(), null);
    }
}
