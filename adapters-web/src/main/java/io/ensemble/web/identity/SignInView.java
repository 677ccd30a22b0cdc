package io.ensemble.web.identity;

import io.ensemble.identity.SignedIn;
import io.ensemble.identity.TokenPair;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Answer of a sign-in by phone code or ID token (issue 23 §1-§2): the tokens as login answers them, the
 * account, and how it signs in. {@code phone} is E.164 or null; {@code authProvider} is
 * {@code email|phone|google|apple}; {@code created} says whether this sign-in created the account.
 */
public record SignInView(String accessToken, String refreshToken, long expiresIn, UserView user,
                         @Schema(example = "+14155550100") String phone,
                         boolean phoneVerified,
                         @Schema(allowableValues = {"email", "phone", "google", "apple"}) String authProvider,
                         boolean created) {

    /** @return the view of {@code signedIn} */
    public static SignInView of(SignedIn signedIn) {
        TokenPair t = signedIn.login().tokens();
        return new SignInView(t.accessToken(), t.refreshToken(), t.expiresIn(), UserView.of(signedIn.login().user(), signedIn.facts()),
                signedIn.facts().phone().orElse(null), signedIn.facts().phoneVerified(),
                signedIn.facts().provider().wire(), signedIn.created());
    }
}
