package io.ensemble.integrations.banking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.banking.BankWebhook;
import io.ensemble.banking.BankWebhookVerifier;
import io.ensemble.banking.ItemStatus;
import io.ensemble.shared.errors.ValidationFailed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Verifies Plaid webhooks as Plaid's "Verify webhooks" guide says, with jose4j: the
 * {@code Plaid-Verification} header is a JWT whose header must say {@code alg: ES256} (anything else is
 * refused before any key is fetched); its {@code kid} names a key from
 * {@code /webhook_verification_key/get} ({@link PlaidWebhookKeys}, cached); the signature must verify,
 * {@code iat} must be at most {@value #MAX_AGE_SECONDS} s old (and not more than
 * {@value #MAX_FUTURE_SECONDS} s ahead), and the {@code request_body_sha256} claim must equal the
 * SHA-256 (lower-case hex) of the raw body, compared in constant time. Then the body is read:
 * ITEM webhooks {@code ERROR}+{@code ITEM_LOGIN_REQUIRED} → {@link ItemStatus#LOGIN_REQUIRED},
 * {@code PENDING_EXPIRATION}/{@code PENDING_DISCONNECT} → {@link ItemStatus#PENDING_EXPIRATION},
 * {@code USER_PERMISSION_REVOKED}/{@code USER_ACCOUNT_REVOKED} → {@link ItemStatus#REVOKED},
 * {@code LOGIN_REPAIRED} → {@link ItemStatus#ACTIVE}; everything else changes nothing.
 */
public final class PlaidWebhookVerifier implements BankWebhookVerifier {
    /** Oldest accepted {@code iat}, in seconds (Plaid: "reject webhooks older than 5 minutes"). */
    public static final int MAX_AGE_SECONDS = 300;
    /** Clock skew tolerated for an {@code iat} in the future, in seconds. */
    public static final int MAX_FUTURE_SECONDS = 60;
    private static final String INVALID = "WEBHOOK_SIGNATURE_INVALID";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlaidWebhookKeys keys;
    private final Clock clock;

    PlaidWebhookVerifier(PlaidWebhookKeys keys, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public BankWebhook verify(byte[] rawBody, String signature) {
        if (signature == null || signature.isBlank()) {
            throw invalid("The Plaid-Verification header is missing.");
        }
        String jwt = signature.strip();
        JsonWebSignature jws = parse(jwt);
        if (!AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256.equals(jws.getAlgorithmHeaderValue())) {
            throw invalid("The webhook signature must use ES256.");
        }
        String kid = jws.getKeyIdHeaderValue();
        if (kid == null || kid.isBlank()) {
            throw invalid("The webhook signature names no key.");
        }
        PublicKey key = keys.key(kid).orElseThrow(() -> invalid("The webhook is signed with an unknown key."));
        JwtClaims claims = claims(jwt, key);
        String claimed;
        try {
            claimed = claims.getStringClaimValue("request_body_sha256");
        } catch (MalformedClaimException e) {
            claimed = null;
        }
        byte[] actual = sha256Hex(rawBody).getBytes(StandardCharsets.US_ASCII);
        if (claimed == null || !MessageDigest.isEqual(actual, claimed.getBytes(StandardCharsets.US_ASCII))) {
            throw invalid("The webhook body does not match its signature.");
        }
        return interpret(rawBody, sha256Hex(jwt.getBytes(StandardCharsets.US_ASCII)));
    }

    private JwtClaims claims(String jwt, PublicKey key) {
        try {
            return new JwtConsumerBuilder()
                    .setVerificationKey(key)
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                    .setRequireIssuedAt()
                    .setIssuedAtRestrictions(MAX_FUTURE_SECONDS, MAX_AGE_SECONDS)
                    .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                    .setSkipDefaultAudienceValidation()
                    .build()
                    .processToClaims(jwt);
        } catch (InvalidJwtException e) {
            if (e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_PAST) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)
                    || e.hasErrorCode(ErrorCodes.ISSUED_AT_MISSING)) {
                throw invalid("The webhook is too old (or not dated); it was not processed.");
            }
            throw invalid("The webhook signature is invalid.");
        }
    }

    private static JsonWebSignature parse(String jwt) {
        try {
            if (JsonWebStructure.fromCompactSerialization(jwt) instanceof JsonWebSignature jws) {
                return jws;
            }
        } catch (JoseException | RuntimeException e) {
            // fall through
        }
        throw invalid("The Plaid-Verification header is not a signed JWT.");
    }

    private static BankWebhook interpret(byte[] rawBody, String dedupeKey) {
        JsonNode body;
        try {
            body = JSON.readTree(rawBody);
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw new ValidationFailed("WEBHOOK_BODY_INVALID", "The webhook body is not a JSON object.");
        }
        String type = body.path("webhook_type").asText("");
        String code = body.path("webhook_code").asText("");
        Optional<String> itemId = Optional.of(body.path("item_id").asText("")).filter(s -> !s.isBlank());
        String errorCode = body.path("error").path("error_code").asText("");
        return new BankWebhook("plaid", dedupeKey, type, code, itemId, status(type, code, errorCode));
    }

    /** @return the item status an ITEM webhook moves to (Plaid API docs, "Item webhooks") */
    static Optional<ItemStatus> status(String type, String code, String errorCode) {
        if (!"ITEM".equals(type)) {
            return Optional.empty();
        }
        return switch (code) {
            case "ERROR" -> "ITEM_LOGIN_REQUIRED".equals(errorCode) ? Optional.of(ItemStatus.LOGIN_REQUIRED)
                    : Optional.empty();
            case "PENDING_EXPIRATION", "PENDING_DISCONNECT" -> Optional.of(ItemStatus.PENDING_EXPIRATION);
            case "USER_PERMISSION_REVOKED", "USER_ACCOUNT_REVOKED" -> Optional.of(ItemStatus.REVOKED);
            case "LOGIN_REPAIRED" -> Optional.of(ItemStatus.ACTIVE);
            default -> Optional.empty();
        };
    }

    private static ValidationFailed invalid(String message) {
        return new ValidationFailed(INVALID, message);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
