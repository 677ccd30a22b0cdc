package io.ensemble.integrations.banking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.EllipticCurves;

/**
 * Signs webhook bodies the way Plaid does ("Verify webhooks"): an ES256 JWT with {@code kid}, {@code iat}
 * and {@code request_body_sha256}, and answers {@code /webhook_verification_key/get} with its JWK.
 */
public final class PlaidSigner {
    public final String kid;
    final EllipticCurveJsonWebKey jwk;

    public PlaidSigner(String kid) {
        this.kid = kid;
        try {
            this.jwk = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the Plaid-Verification header for {@code body} issued at {@code iat} */
    public String sign(String body, Instant iat) {
        return sign(sha256Hex(body), iat, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, kid);
    }

    public String sign(String bodyHash, Instant iat, String alg, String keyId) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuedAt(NumericDate.fromSeconds(iat.getEpochSecond()));
            claims.setClaim("request_body_sha256", bodyHash);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setAlgorithmHeaderValue(alg);
            jws.setKeyIdHeaderValue(keyId);
            jws.setHeader("typ", "JWT");
            if (alg.startsWith("HS")) {
                // the classic confusion attack: HMAC keyed with the (public) verification key's bytes
                jws.setKey(new org.jose4j.keys.HmacKey(jwk.getPublicKey().getEncoded()));
            } else if (AlgorithmIdentifiers.NONE.equals(alg)) {
                jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
            } else {
                jws.setKey(jwk.getPrivateKey());
            }
            jws.setDoKeyValidation(false);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a {@code /webhook_verification_key/get} answer as Plaid's API reference shows it */
    public String keyResponse() {
        return """
                {
                  "key": {
                    "alg": "ES256",
                    "created_at": 1560466150,
                    "crv": "P-256",
                    "expired_at": null,
                    "kid": "%s",
                    "kty": "EC",
                    "use": "sig",
                    "x": "%s",
                    "y": "%s"
                  },
                  "request_id": "RZ6Omi1bzzwDaLo"
                }""".formatted(kid, jwk.toParams(org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY).get("x"),
                jwk.toParams(org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY).get("y"));
    }

    public static String sha256Hex(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
