package io.ensemble.banking;

import io.ensemble.shared.errors.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Body of {@code POST /api/v1/bank/exchange-token}: {@code {publicToken}} (seeds/000 §POST
 * /api/bank/exchange-token). Self-validating: the constructor throws
 * {@link io.ensemble.shared.errors.ValidationFailed} naming {@code publicToken} when it is missing, longer
 * than {@value #MAX_LENGTH} characters, or not made of letters, digits and dashes (Plaid's
 * {@code public-<env>-<uuid>} shape).
 *
 * @param publicToken the one-time token from the link flow, stripped
 */
public record ExchangePublicToken(String publicToken) {
    public static final int MAX_LENGTH = 200;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    public ExchangePublicToken {
        publicToken = publicToken == null ? null : publicToken.strip();
        Validator v = new Validator();
        if (v.required("publicToken", publicToken)) {
            v.maxLength("publicToken", publicToken, MAX_LENGTH);
            v.check(publicToken.length() > MAX_LENGTH || SHAPE.matcher(publicToken).matches(), "publicToken",
                    "must be the public token returned by the bank link flow");
        }
        v.throwIfInvalid();
    }

    /** @return SHA-256 (hex) of the token: what an {@code Idempotency-Key} is compared on, without storing the token */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(publicToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
