package io.ensemble.web.identity;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of the signup routes (seeds/001: {@code {name, email, password, termsAccepted}}; the salon
 * route also takes {@code businessName}; the generic route takes {@code role}). Any other field,
 * such as {@code status} or {@code emailVerified}, is ignored.
 */
public record SignupRequest(@Schema(example = "John Doe") String name,
                            @Schema(description = "salon signup only", example = "Glow Studio") String businessName,
                            @Schema(example = "john@example.com") String email,
                            @Schema(example = "SecurePass123!") String password,
                            @Schema(example = "true") Boolean termsAccepted,
                            @Schema(description = "generic signup only: INFLUENCER or SALON") String role) {
    static final SignupRequest EMPTY = new SignupRequest(null, null, null, null, null, null);
}
