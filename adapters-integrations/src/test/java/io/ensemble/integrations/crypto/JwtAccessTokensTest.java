package io.ensemble.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccessTokenClaims;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.IssuedAccessToken;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Consumer;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {
    private static final String ISSUER = "https://ensemble.local";
    private static final String AUDIENCE = "ensemble-api";
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:15:30Z"));
    private final JwtAccessTokens tokens = new JwtAccessTokens(KEY, ISSUER, AUDIENCE, TTL, clock);
    private final User user = new User(UUID.randomUUID(), "alice@example.com", "Alice", Role.CREATOR,
            AccountStatus.ACTIVE, true, "$argon2id$...", clock.instant(), clock.instant());
    private final UUID sessionId = UUID.randomUUID();

    @Test
    void verifies_the_token_it_issued() {
        IssuedAccessToken issued = tokens.issue(user, sessionId);

        assertThat(issued.expiresInSeconds()).isEqualTo(900);
        assertThat(tokens.verify(issued.token())).isEqualTo(new AccessTokenClaims(user.id(), Role.CREATOR, sessionId));
    }

    @Test
    void a_token_with_given_issue_time_and_id_is_the_same_every_time_and_keeps_them() throws Exception {
        Instant issuedAt = clock.instant().minusSeconds(5);
        UUID tokenId = UUID.randomUUID();
        String token = tokens.issue(user, sessionId, issuedAt, tokenId).token();
        clock.advance(Duration.ofSeconds(3));

        assertThat(tokens.issue(user, sessionId, issuedAt, tokenId).token()).isEqualTo(token);
        assertThat(tokens.issue(user, sessionId, issuedAt, UUID.randomUUID()).token()).isNotEqualTo(token);
        JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
        assertThat(claims.getJwtId()).isEqualTo(tokenId.toString());
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(issuedAt.getEpochSecond());
        assertThat(claims.getExpirationTime().getValue()).isEqualTo(issuedAt.plus(TTL).getEpochSecond());
        assertThat(tokens.verify(token).sessionId()).isEqualTo(sessionId);
    }

    @Test
    void writes_the_documented_header_and_claims() throws Exception {
        String token = tokens.issue(user, sessionId).token();
        String[] parts = token.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));

        assertThat(header).contains("\"alg\":\"HS256\"").contains("\"kid\":\"" + JwtAccessTokens.keyId(KEY) + "\"");
        assertThat(JwtAccessTokens.keyId(KEY)).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly(AUDIENCE);
        assertThat(claims.getSubject()).isEqualTo(user.id().toString());
        assertThat(claims.getStringClaimValue("role")).isEqualTo("CREATOR");
        assertThat(claims.getStringClaimValue("sid")).isEqualTo(sessionId.toString());
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(clock.instant().getEpochSecond());
        assertThat(claims.getExpirationTime().getValue()).isEqualTo(clock.instant().getEpochSecond() + 900);
        assertThat(claims.getJwtId()).isNotBlank();
    }

    @Test
    void rejects_alg_none() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(validClaims().toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setKeyIdHeaderValue(JwtAccessTokens.keyId(KEY));
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);

        assertInvalid(jws.getCompactSerialization());
    }

    @Test
    void rejects_a_tampered_signature() {
        String token = tokens.issue(user, sessionId).token();
        int last = token.length() - 2;
        char flipped = token.charAt(last) == 'A' ? 'B' : 'A';

        assertInvalid(token.substring(0, last) + flipped + token.charAt(last + 1));
    }

    @Test
    void rejects_a_tampered_payload() throws Exception {
        String[] parts = tokens.issue(user, sessionId).token().split("\\.");
        JwtClaims claims = validClaims();
        claims.setStringClaim("role", "ADMIN");
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8));

        assertInvalid(parts[0] + "." + payload + "." + parts[2]);
    }

    @Test
    void rejects_a_token_signed_with_another_key() throws Exception {
        assertInvalid(sign(AlgorithmIdentifiers.HMAC_SHA256, OTHER_KEY, JwtAccessTokens.keyId(KEY), validClaims()));
        assertInvalid(new JwtAccessTokens(OTHER_KEY, ISSUER, AUDIENCE, TTL, clock).issue(user, sessionId).token());
    }

    @Test
    void rejects_a_kid_that_does_not_match_the_key() throws Exception {
        assertInvalid(sign(AlgorithmIdentifiers.HMAC_SHA256, KEY, "0000000000000000", validClaims()));
        assertInvalid(sign(AlgorithmIdentifiers.HMAC_SHA256, KEY, null, validClaims()));
    }

    @Test
    void rejects_hs512_even_with_the_right_key() throws Exception {
        byte[] longKey = Arrays.copyOf(KEY, 64);
        JwtAccessTokens withLongKey = new JwtAccessTokens(longKey, ISSUER, AUDIENCE, TTL, clock);
        assertThat(withLongKey.verify(sign(AlgorithmIdentifiers.HMAC_SHA256, longKey, JwtAccessTokens.keyId(longKey),
                validClaims())).userId()).isEqualTo(user.id());

        assertInvalid(withLongKey, sign(AlgorithmIdentifiers.HMAC_SHA512, longKey, JwtAccessTokens.keyId(longKey),
                validClaims()));
    }

    @Test
    void rejects_rs256() throws Exception {
        var keyPair = KeyPairGenerator.getInstance("RSA").genKeyPair();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(validClaims().toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(JwtAccessTokens.keyId(KEY));
        jws.setKey(keyPair.getPrivate());

        assertInvalid(jws.getCompactSerialization());
    }

    @Test
    void rejects_a_token_expired_beyond_the_30_second_skew() {
        String token = tokens.issue(user, sessionId).token();
        clock.advance(TTL.plusSeconds(31));

        assertInvalid(token);
    }

    @Test
    void accepts_a_token_expired_within_the_30_second_skew() {
        String token = tokens.issue(user, sessionId).token();
        clock.advance(TTL.plusSeconds(29));

        assertThat(tokens.verify(token).sessionId()).isEqualTo(sessionId);
    }

    @Test
    void a_token_verified_before_is_refused_once_expired_beyond_the_skew() {
        String token = tokens.issue(user, sessionId).token();
        assertThat(tokens.verify(token).sessionId()).isEqualTo(sessionId);
        clock.advance(TTL.plusSeconds(29));
        assertThat(tokens.verify(token).sessionId()).isEqualTo(sessionId);

        clock.advance(Duration.ofSeconds(2));
        assertInvalid(token);
    }

    @Test
    void a_tampered_copy_of_a_verified_token_is_refused() throws Exception {
        String token = tokens.issue(user, sessionId).token();
        assertThat(tokens.verify(token).userId()).isEqualTo(user.id());
        String[] parts = token.split("\\.");
        JwtClaims claims = validClaims();
        claims.setStringClaim("role", "ADMIN");
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8));

        assertInvalid(parts[0] + "." + payload + "." + parts[2]);
        assertInvalid(token + "A");
    }

    @Test
    void rejects_a_wrong_audience() {
        String token = new JwtAccessTokens(KEY, ISSUER, "another-api", TTL, clock).issue(user, sessionId).token();

        assertInvalid(token);
    }

    @Test
    void rejects_a_wrong_issuer() {
        String token = new JwtAccessTokens(KEY, "https://evil.example", AUDIENCE, TTL, clock).issue(user, sessionId).token();

        assertInvalid(token);
    }

    @Test
    void rejects_missing_or_invalid_claims() throws Exception {
        assertInvalid(signedWith(c -> c.unsetClaim("sid")));
        assertInvalid(signedWith(c -> c.unsetClaim("sub")));
        assertInvalid(signedWith(c -> c.unsetClaim("exp")));
        assertInvalid(signedWith(c -> c.unsetClaim("role")));
        assertInvalid(signedWith(c -> c.setStringClaim("role", "GOD")));
        assertInvalid(signedWith(c -> c.setSubject("not-a-uuid")));
    }

    @Test
    void rejects_garbage() {
        assertInvalid("");
        assertInvalid(null);
        assertInvalid("a.b.c");
        assertInvalid("not a token");
    }

    @Test
    void refuses_short_keys() {
        assertThatThrownBy(() -> new JwtAccessTokens(new byte[31], ISSUER, AUDIENCE, TTL, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    private String signedWith(Consumer<JwtClaims> change) throws Exception {
        JwtClaims claims = validClaims();
        change.accept(claims);
        return sign(AlgorithmIdentifiers.HMAC_SHA256, KEY, JwtAccessTokens.keyId(KEY), claims);
    }

    private JwtClaims validClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(user.id().toString());
        claims.setStringClaim("role", "CREATOR");
        claims.setStringClaim("sid", sessionId.toString());
        claims.setIssuedAt(NumericDate.fromMilliseconds(clock.millis()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(clock.millis() + TTL.toMillis()));
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    private static String sign(String alg, byte[] key, String kid, JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(alg);
        if (kid != null) {
            jws.setKeyIdHeaderValue(kid);
        }
        jws.setKey(new HmacKey(key));
        return jws.getCompactSerialization();
    }

    private void assertInvalid(String token) {
        assertInvalid(tokens, token);
    }

    private static void assertInvalid(JwtAccessTokens verifier, String token) {
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOfSatisfying(Unauthenticated.class, e -> assertThat(e.code()).isEqualTo("INVALID_TOKEN"))
                .hasMessage("The access token is invalid or expired.");
    }
}
