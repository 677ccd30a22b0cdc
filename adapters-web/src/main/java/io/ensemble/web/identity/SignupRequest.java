package io.ensemble.web.identity;

/**
 * Body of the signup routes (seeds/001: {@code {name, email, password, termsAccepted}}; the salon
 * route also takes {@code businessName}; the generic route takes {@code role}). Any other field,
 * such as {@code status} or {@code emailVerified}, is ignored.
 */
public record SignupRequest(String name, String businessName, String email, String password,
                            Boolean termsAccepted, String role) {
    static final SignupRequest EMPTY = new SignupRequest(null, null, null, null, null, null);
}
