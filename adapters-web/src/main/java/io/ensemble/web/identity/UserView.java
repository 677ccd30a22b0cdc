package io.ensemble.web.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.identity.SignInFacts;
import io.ensemble.identity.User;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The account as its owner sees it. Never carries the password hash. {@code GET /me} adds how the account
 * signs in (issue 23 §1-§2): {@code phone} (E.164, left out without one), {@code phoneVerified} and
 * {@code authProvider} ({@code email|phone|google|apple}); other answers leave those three out.
 */
public record UserView(String id, String email, String name, String role, String status,
                       boolean emailVerified, Instant createdAt,
                       @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "+14155550100") String phone,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean phoneVerified,
                       @JsonInclude(JsonInclude.Include.NON_NULL)
                       @Schema(allowableValues = {"email", "phone", "google", "apple"}) String authProvider) {

    public static UserView of(User user) {
        return new UserView(user.id().toString(), user.email(), user.name(), user.role().name(),
                user.status().name(), user.emailVerified(), user.createdAt(), null, null, null);
    }

    /** @return the view of {@code user} with its sign-in facts */
    public static UserView of(User user, SignInFacts facts) {
        return new UserView(user.id().toString(), user.email(), user.name(), user.role().name(),
                user.status().name(), user.emailVerified(), user.createdAt(), facts.phone().orElse(null),
                facts.phoneVerified(), facts.provider().wire());
    }
}
