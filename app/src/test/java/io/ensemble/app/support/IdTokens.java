package io.ensemble.app.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dropwizard.testing.ConfigOverride;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Test Google and Apple identity providers (issue 23 §2): RSA keys whose public halves WireMock serves
 * at Google's and Apple's JWKS paths, and ID tokens signed with them carrying the claims those providers
 * document ({@code iss}, {@code aud}, {@code sub}, {@code email}, {@code email_verified}, {@code exp}, {@code iat}).
 */
public final class IdTokens {
    public static final String GOOGLE_ISSUER = "https://accounts.google.com";
    public static final String APPLE_ISSUER = "https://appleid.apple.com";
    public static final String GOOGLE_CLIENT = "123456789012-web.apps.googleusercontent.com";
    public static final String APPLE_CLIENT = "com.influmojo.app";
    public static final RsaJsonWebKey GOOGLE_KEY = key("google-test-1");
    public static final RsaJsonWebKey APPLE_KEY = key("apple-test-1");
    /** A key nobody publishes, with Google's kid: a forged token. */
    public static final RsaJsonWebKey FORGER = key("google-test-1");

    private IdTokens() {
    }

    private static RsaJsonWebKey key(String kid) {
        try {
            RsaJsonWebKey k = RsaJwkGenerator.generateJwk(2048);
            k.setKeyId(kid);
            k.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            k.setUse("sig");
            return k;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves both key sets: Google's at {@code /oauth2/v3/certs}, Apple's at {@code /auth/keys}. */
    public static void serveKeys(WireMockExtension wiremock) {
        wiremock.stubFor(get(urlEqualTo("/oauth2/v3/certs")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withHeader("Cache-Control", "public, max-age=21600, must-revalidate, no-transform")
                .withBody(new JsonWebKeySet(GOOGLE_KEY).toJson())));
        wiremock.stubFor(get(urlEqualTo("/auth/keys")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(new JsonWebKeySet(APPLE_KEY).toJson())));
    }

    /** @return the {@code signIn.*} overrides pointing both providers at WireMock on {@code port} */
    public static ConfigOverride[] config(int port) {
        return new ConfigOverride[] {
            ConfigOverride.config("signIn.googleJwksUrl", "http://127.0.0.1:" + port + "/oauth2/v3/certs"),
            ConfigOverride.config("signIn.googleClientIds", "123456789012-ios.apps.googleusercontent.com, " + GOOGLE_CLIENT),
            ConfigOverride.config("signIn.appleJwksUrl", "http://127.0.0.1:" + port + "/auth/keys"),
            ConfigOverride.config("signIn.appleClientIds", APPLE_CLIENT)};
    }

    /** @return a Google ID token for {@code email} (verified), valid ten minutes */
    public static String google(String email) {
        return sign(GOOGLE_KEY, claims(GOOGLE_ISSUER, GOOGLE_CLIENT, email, true, 10, Map.of("name", "Google Person")));
    }

    /**
     * @param extra more claims, e.g. {@code name}
     * @param minutesValid from now; negative for an expired token
     * @return the claims of an ID token
     */
    public static JwtClaims claims(String issuer, String audience, String email, Object emailVerified,
                                   int minutesValid, Map<String, Object> extra) {
        JwtClaims c = new JwtClaims();
        c.setIssuer(issuer);
        c.setAudience(audience);
        c.setSubject("sub-" + Math.abs(email.hashCode()));
        c.setIssuedAtToNow();
        c.setExpirationTimeMinutesInTheFuture(minutesValid);
        c.setClaim("email", email);
        c.setClaim("email_verified", emailVerified);
        extra.forEach(c::setClaim);
        return c;
    }

    /** @return the compact RS256 JWS of {@code claims} with {@code key}'s kid */
    public static String sign(RsaJsonWebKey key, JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
