package io.ensemble.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

/** Creates verified, logged-in accounts through the public API, the way a client app does. */
public final class Accounts {
    public static final String PASSWORD = "SecurePass123!";
    private final Api api;
    private final Inbox inbox;

    public Accounts(Api api, Inbox inbox) {
        this.api = api;
        this.inbox = inbox;
    }

    /** A session of a verified account. */
    public record Session(String userId, String email, String accessToken, String refreshToken) {
    }

    /** @return a unique email address on the example.com domain */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    /** Signs up an influencer and returns its user id, without verifying. */
    public String signup(String email) {
        Reply r = api.post("/api/v1/auth/signup/influencer",
                Map.of("name", "Test User", "email", email, "password", PASSWORD, "termsAccepted", true));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data().path("userId").asText();
    }

    /** Signs up, verifies with the mailed code, and logs in. */
    public Session verifiedSession(String prefix) {
        String email = uniqueEmail(prefix);
        String userId = signup(email);
        Reply verified = api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", inbox.latestOtp(email)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return login(email, PASSWORD, userId);
    }

    public Session login(String email, String password, String userId) {
        Reply login = api.post("/api/v1/auth/login", Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return new Session(userId, email, login.data().path("accessToken").asText(),
                login.data().path("refreshToken").asText());
    }
}
