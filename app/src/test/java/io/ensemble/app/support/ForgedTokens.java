package io.ensemble.app.support;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;

/** Access tokens signed with the test key of test-config.yml, for tests of refused tokens (expired, wrong audience…). */
public final class ForgedTokens {
    /** The HS256 key of test-config.yml. */
    public static final byte[] KEY = Base64.getDecoder().decode(EnsembleTestApp.JWT_SECRET_BASE64);

    private ForgedTokens() {
    }

    /** @return the session's token claims with another audience and expiry (seconds from now, negative: past) */
    public static JwtClaims claims(Accounts.Session s, String audience, int expiresInSeconds) {
        JwtClaims c = new JwtClaims();
        c.setIssuer("ensemble");
        c.setAudience(audience);
        c.setSubject(s.userId());
        c.setClaim("role", "INFLUENCER");
        c.setClaim("sid", sessionIdOf(s.accessToken()));
        c.setIssuedAtToNow();
        NumericDate exp = NumericDate.now();
        exp.addSeconds(expiresInSeconds);
        c.setExpirationTime(exp);
        c.setGeneratedJwtId();
        return c;
    }

    /** @return a correctly signed token of {@code s} that expired two minutes ago */
    public static String expired(Accounts.Session s) throws Exception {
        return sign(claims(s, "ensemble-api", -120), KEY, AlgorithmIdentifiers.HMAC_SHA256);
    }

    /** @return the {@code sid} claim of an access token */
    public static String sessionIdOf(String accessToken) {
        String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
        int i = payload.indexOf("\"sid\":\"") + 7;
        return payload.substring(i, payload.indexOf('"', i));
    }

    /** @return {@code claims} signed with {@code key} and {@code alg}, with the test key's {@code kid} */
    public static String sign(JwtClaims claims, byte[] key, String alg) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(new HmacKey(key));
        jws.setAlgorithmHeaderValue(alg);
        jws.setKeyIdHeaderValue(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(KEY)).substring(0, 16));
        return jws.getCompactSerialization();
    }
}
