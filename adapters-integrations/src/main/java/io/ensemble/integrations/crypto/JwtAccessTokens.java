package io.ensemble.integrations.crypto;

import io.ensemble.identity.AccessTokenClaims;
import io.ensemble.identity.AccessTokens;
import io.ensemble.identity.IssuedAccessToken;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.shared.errors.Unauthenticated;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Access tokens as HS256-signed JWTs (RFC 7519, RFC 7515) with jose4j, following the JWT Best Current
 * Practices (RFC 8725): the algorithm is pinned to HS256, the key is identified by a {@code kid} header,
 * and issuer, audience and expiry are always checked.
 *
 * <p>Claims: {@code iss}, {@code aud}, {@code sub} (user id), {@code role}, {@code sid} (session id),
 * {@code iat}, {@code exp}, {@code jti}. Time comes from the injected {@link Clock} (DESIGN §Time).
 */
public final class JwtAccessTokens implements AccessTokens {
    /** Minimum HMAC key length in bytes (RFC 7518 §3.2: a key at least as long as the hash output). */
    public static final int MIN_KEY_BYTES = 32;
    /** Allowed difference between the issuer's and the verifier's clocks, in seconds. */
    public static final int CLOCK_SKEW_SECONDS = 30;

    private static final String ROLE = "role";
    private static final String SESSION_ID = "sid";

    private final JwtKeyRing ring;
    private final String issuer;
    private final String audience;
    private final Duration ttl;
    private final Clock clock;
    private final VerifiedTokens verified = new VerifiedTokens(CLOCK_SKEW_SECONDS);

    /**
     * @param hmacKey  the HS256 secret, at least 32 bytes (copied)
     * @param issuer   the {@code iss} claim written and required
     * @param audience the {@code aud} claim written and required
     * @param ttl      token lifetime, positive and whole seconds (DESIGN: 15 min)
     * @param clock    source of {@code iat}, {@code exp} and of the verification time
     * @throws IllegalArgumentException when the key is shorter than 32 bytes or ttl is not positive
     */
    public JwtAccessTokens(byte[] hmacKey, String issuer, String audience, Duration ttl, Clock clock) {
        this(JwtKeyRing.fixed(checked(hmacKey), clock), issuer, audience, ttl, clock);
    }

    /**
     * Tokens over a key ring (issue 29 §1): the ring's newest key signs, every key it accepts verifies.
     *
     * @param ring     the keys
     * @param issuer   the {@code iss} claim written and required
     * @param audience the {@code aud} claim written and required
     * @param ttl      token lifetime, positive and whole seconds
     * @param clock    source of {@code iat}, {@code exp} and of the verification time
     * @throws IllegalArgumentException when ttl is not positive
     */
    public JwtAccessTokens(JwtKeyRing ring, String issuer, String audience, Duration ttl, Clock clock) {
        this.ring = Objects.requireNonNull(ring, "ring");
        this.issuer = requireText(issuer, "issuer");
        this.audience = requireText(audience, "audience");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (ttl.toSeconds() < 1) {
            throw new IllegalArgumentException("ttl must be at least one second");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static byte[] checked(byte[] hmacKey) {
        Objects.requireNonNull(hmacKey, "hmacKey");
        if (hmacKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The access-token key must be at least " + MIN_KEY_BYTES
                    + " bytes (got " + hmacKey.length + ")");
        }
        return hmacKey;
    }

    /**
     * The {@code kid} of a key: the first 16 hex characters of its SHA-256, so a key rotation can be
     * recognised without revealing the key.
     *
     * @param hmacKey the secret
     * @return 16 lower-case hex characters
     */
    public static String keyId(byte[] hmacKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(hmacKey);
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }

    /**
     * Signs a token for a user's session.
     *
     * @param user      the subject; its id and role go into {@code sub} and {@code role}
     * @param sessionId the session (refresh-token family) the token belongs to, in {@code sid}
     * @return the compact JWS and its lifetime in seconds
     */
    @Override
    public IssuedAccessToken issue(User user, UUID sessionId) {
        return issue(user, sessionId, clock.instant(), UUID.randomUUID());
    }

    /**
     * Signs a token whose {@code iat} and {@code jti} are given (issue 29 §8: the same refresh answered
     * twice gives the same token while the signing key is the same).
     *
     * @param user      the subject; its id and role go into {@code sub} and {@code role}
     * @param sessionId the session the token belongs to, in {@code sid}
     * @param issuedAt  the {@code iat} (whole seconds are kept); {@code exp} is one lifetime later
     * @param tokenId   the {@code jti}
     * @return the compact JWS and its lifetime in seconds
     */
    @Override
    public IssuedAccessToken issue(User user, UUID sessionId, java.time.Instant issuedAt, UUID tokenId) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(tokenId, "tokenId");
        long now = issuedAt.toEpochMilli();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(user.id().toString());
        claims.setStringClaim(ROLE, user.role().name());
        claims.setStringClaim(SESSION_ID, sessionId.toString());
        claims.setIssuedAt(NumericDate.fromMilliseconds(now));
        claims.setExpirationTime(NumericDate.fromMilliseconds(now + ttl.toMillis()));
        claims.setJwtId(tokenId.toString());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        JwtKeyRing.Key signing = ring.signingKey();
        jws.setKeyIdHeaderValue(signing.kid());
        jws.setHeader("typ", "JWT");
        jws.setKey(new HmacKey(signing.secret()));
        try {
            return new IssuedAccessToken(jws.getCompactSerialization(), ttl.toSeconds());
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
    }

    /**
     * Verifies a token: HS256 only (so {@code none}, RS256 and HS512 fail), a {@code kid} the ring accepts,
     * signature, issuer, audience, {@code exp} (30 s skew, time from the clock), {@code sub},
     * {@code sid} and {@code role}. A token that passed all of them before is answered from {@link VerifiedTokens},
     * which checks again what time or a key retirement can change.
     *
     * @param token the compact JWS from the {@code Authorization: Bearer} header
     * @return the user id, role and session id it carries
     * @throws Unauthenticated with code {@code INVALID_TOKEN} when any check fails (no detail is given)
     */
    @Override
    public AccessTokenClaims verify(String token) {
        if (token == null || token.isBlank()) {
            throw invalid();
        }
        long now = NumericDate.fromMilliseconds(clock.millis()).getValue();
        Optional<AccessTokenClaims> known = verified.find(token, now, kid -> ring.verificationKey(kid).isPresent());
        if (known.isPresent()) {
            return known.get();
        }
        try {
            JwtContext context = consumer().process(token);
            JwtClaims claims = context.getJwtClaims();
            UUID userId = UUID.fromString(claims.getSubject());
            UUID sessionId = UUID.fromString(requiredString(claims, SESSION_ID));
            Role role = Role.valueOf(requiredString(claims, ROLE));
            AccessTokenClaims result = new AccessTokenClaims(userId, role, sessionId);
            NumericDate notBefore = claims.getNotBefore();
            verified.remember(token, new VerifiedTokens.Entry(result,
                    context.getJoseObjects().get(0).getKeyIdHeaderValue(), claims.getExpirationTime().getValue(),
                    notBefore == null ? Long.MIN_VALUE : notBefore.getValue()));
            return result;
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            throw invalid();
        }
    }

    private JwtConsumer consumer() {
        return new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(new AlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256))
                .setVerificationKeyResolver(this::resolveKey)
                .setRequireExpirationTime()
                .setRequireSubject()
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audience)
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .build();
    }

    private HmacKey resolveKey(JsonWebSignature jws, List<JsonWebStructure> nesting)
            throws UnresolvableKeyException {
        return ring.verificationKey(jws.getKeyIdHeaderValue()).map(k -> new HmacKey(k.secret()))
                .orElseThrow(() -> new UnresolvableKeyException("Unknown or retired kid"));
    }

    private static String requiredString(JwtClaims claims, String name) throws MalformedClaimException {
        return Optional.ofNullable(claims.getStringClaimValue(name))
                .orElseThrow(() -> new MalformedClaimException("missing " + name));
    }

    private static Unauthenticated invalid() {
        return new Unauthenticated("INVALID_TOKEN", "The access token is invalid or expired.");
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return "JwtAccessTokens[kid=" + ring.signingKey().kid() + ", iss=" + issuer + ", aud=" + audience
                + ", ttl=" + ttl + "]";
    }
}
