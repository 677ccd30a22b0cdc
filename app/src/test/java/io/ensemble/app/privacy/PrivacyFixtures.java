package io.ensemble.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Multipart;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.TestImages;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * Accounts with personal data in every context (profile phone, avatar, device, connection request,
 * chat, a completed order, notifications), for the erasure and export tests (issue 20 §4).
 */
final class PrivacyFixtures {
    static final String CHAT = "/api/v1/chat/conversations/";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-up, verified, logged-in person with unique personal strings. */
    record Person(Accounts.Session session, String name, String email, String phone) {
        String id() {
            return session.userId();
        }

        String token() {
            return session.accessToken();
        }

        UUID uuid() {
            return UUID.fromString(session.userId());
        }
    }

    /** What {@link #richHistory} left: the chat, its messages and the completed order. */
    record History(String conversationId, String ownMessageId, String otherMessageId, String orderId) {
    }

    private final Api api;
    private final Inbox inbox;

    PrivacyFixtures(Api api, Inbox inbox) {
        this.api = api;
        this.inbox = inbox;
    }

    /** @return letters only, so a name never looks like an id or a number */
    static String word(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    /** Signs up {@code role} with a unique name, e-mail and phone, verifies and logs in. */
    Person person(String role) {
        String name = "Quilla " + Character.toUpperCase(word(1).charAt(0)) + word(9);
        String email = "erasure-" + word(10) + "@example.com";
        String phone = "+1415" + (1_000_000 + RANDOM.nextInt(8_999_999));
        String id = signup(role, name, email);
        Accounts.Session session = new Accounts(api, inbox).login(email, Accounts.PASSWORD, id);
        Reply profile = api.sendRaw("PUT", "/api/v1/profile/update", Api.toJson(Map.of("phone", phone)),
                session.accessToken(), Map.of());
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        return new Person(session, name, email, phone);
    }

    /** Signs up and verifies (no login). @return the new user's id */
    String signup(String role, String name, String email) {
        Reply r = api.post("/api/v1/auth/signup", Map.of("name", name, "email", email,
                "password", Accounts.PASSWORD, "termsAccepted", true, "role", role));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        Reply verified = api.post("/api/v1/auth/verify-otp", Map.of("email", email, "otp", inbox.latestOtp(email)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return r.data().path("userId").asText();
    }

    /** An admin (promoted in the database, logged in again). */
    Person admin() {
        Person p = person("BRAND");
        Sql.execute("UPDATE users SET role = 'ADMIN' WHERE id = ?", p.uuid());
        return new Person(new Accounts(api, inbox).login(p.email(), Accounts.PASSWORD, p.id()), p.name(), p.email(),
                p.phone());
    }

    /**
     * Gives {@code creator} personal data in every context, with {@code brand} as the other side: avatar,
     * push device, connection request, a direct chat (one message each way), a completed order (so the
     * brand gets notifications naming the creator).
     */
    History richHistory(Person creator, Person brand, Person admin) {
        Reply avatar = api.send(new Multipart().file("profilePic", "me.jpg", "image/jpeg",
                TestImages.encode("jpg", 64, 64)).post(api.base(), "/api/v1/profile/upload-picture"), creator.token());
        assertThat(avatar.status()).as(avatar.toString()).isEqualTo(201);
        ok(api.post("/api/v1/notifications/devices", Map.of("token", "device-" + word(12), "platform", "ANDROID"),
                creator.token()));
        ok(api.post("/api/v1/connections/request", Map.of("receiverId", brand.id(), "message",
                "Hello, I am " + creator.name()), creator.token()));
        String conversation = api.get(CHAT + brand.id(), creator.token()).data().path("id").asText();
        String own = sent(api.post(CHAT + conversation + "/messages", Map.of("content",
                "Call me on " + creator.phone() + ", " + creator.name()), creator.token()));
        String other = sent(api.post(CHAT + conversation + "/messages", Map.of("content", "Will do"), brand.token()));
        String packageId = ok(api.post("/api/v1/packages", packageBody(), creator.token())).data().path("id").asText();
        String order = ok(api.sendRaw("POST", "/api/v1/orders", Api.toJson(Map.of("packageId", packageId,
                "requirements", "Daylight", "deadline", "2026-12-31")), brand.token(), Map.of()))
                .data().path("id").asText();
        move(brand, order, "pay");
        move(admin, order, "record_payment");
        move(creator, order, "accept");
        move(creator, order, "start");
        api.post("/api/v1/orders/" + order + "/transitions", Map.of("action", "deliver", "deliverables",
                List.of("https://example.com/reel")), creator.token());
        move(brand, order, "approve");
        return new History(conversation, own, other, order);
    }

    /** @return a new PENDING_PAYMENT order of {@code brand} for a new package of {@code creator} */
    String openOrder(Person creator, Person brand) {
        String packageId = ok(api.post("/api/v1/packages", packageBody(), creator.token())).data().path("id").asText();
        return ok(api.sendRaw("POST", "/api/v1/orders", Api.toJson(Map.of("packageId", packageId,
                "requirements", "Daylight", "deadline", "2026-12-31")), brand.token(), Map.of()))
                .data().path("id").asText();
    }

    void move(Person who, String orderId, String action) {
        Reply r = api.post("/api/v1/orders/" + orderId + "/transitions", Map.of("action", action), who.token());
        assertThat(r.status()).as(action + " " + r).isEqualTo(200);
    }

    /** Waits until the user's erasure is DONE, as the admin sees it. @return the last status */
    Reply awaitErased(Person admin, String userId) {
        return Awaitility.await("erasure of " + userId).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/admin/users/" + userId + "/deletion", admin.token()),
                        r -> r.status() == 200 && "DONE".equals(r.data().path("status").asText()));
    }

    Reply deleteOwn(Person who, String password) {
        Map<String, Object> body = new HashMap<>();
        if (password != null) {
            body.put("password", password);
        }
        return api.sendRaw("DELETE", "/api/v1/account", Api.toJson(body), who.token(), Map.of());
    }

    Reply adminDelete(Person admin, String userId, String query) {
        return api.sendRaw("DELETE", "/api/v1/admin/users/" + userId + query, null, admin.token(), Map.of());
    }

    private static Map<String, Object> packageBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Two reels");
        body.put("platform", "Instagram");
        body.put("contentType", "Reel");
        body.put("quantity", 2);
        body.put("revisions", 1);
        body.put("durationDays", 7);
        body.put("price", Map.of("amount", 4200, "currency", "USD"));
        body.put("description", "Two short reels");
        return body;
    }

    private static Reply ok(Reply r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r;
    }

    private static String sent(Reply r) {
        return ok(r).data().path("id").asText();
    }
}
