package io.ensemble.integrations.idtokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ensemble.identity.AuthProvider;
import io.ensemble.identity.VerifiedIdentity;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.Unauthenticated;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Google ID tokens checked against a JWKS served by WireMock (issue 23 §2): the claims read, the key set
 * fetched once and cached, expiry read from the injected clock, no client ids → not configured, keys
 * unreachable → provider unavailable (503), a foreign kid → 401.
 */
class JwksIdTokenVerifierTest {
    @RegisterExtension
    static final WireMockExtension KEYS = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    private static RsaJsonWebKey key;
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    @BeforeAll
    static void keys() throws Exception {
        key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId("k1");
    }

    private JwksIdTokenVerifier verifier(String path, List<String> audiences, Instant now) {
        return new JwksIdTokenVerifier(Map.of(AuthProvider.GOOGLE, new IdTokenIssuer(
                URI.create(KEYS.baseUrl() + path), List.of("https://accounts.google.com"), audiences,
                "GOOGLE_CLIENT_IDS")), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String token(RsaJsonWebKey signer, String kid, Instant expires) throws Exception {
        JwtClaims c = new JwtClaims();
        c.setIssuer("https://accounts.google.com");
        c.setAudience("client-1");
        c.setSubject("110169484474386276334");
        c.setExpirationTime(NumericDate.fromMilliseconds(expires.toEpochMilli()));
        c.setIssuedAt(NumericDate.fromMilliseconds(expires.minusSeconds(3600).toEpochMilli()));
        c.setClaim("email", "Ada@Example.com");
        c.setClaim("email_verified", true);
        c.setClaim("name", "Ada Lovelace");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(c.toJson());
        jws.setKey(signer.getPrivateKey());
        jws.setKeyIdHeaderValue(kid);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    @Test
    void a_valid_token_is_read_and_the_key_set_is_fetched_once() throws Exception {
        KEYS.stubFor(get(urlEqualTo("/certs")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", "public, max-age=21600").withBody(new JsonWebKeySet(key).toJson())));
        JwksIdTokenVerifier verifier = verifier("/certs", List.of("client-0", "client-1"), NOW);
        String token = token(key, "k1", NOW.plus(Duration.ofMinutes(30)));
        VerifiedIdentity who = verifier.verify(AuthProvider.GOOGLE, token);
        assertThat(who).isEqualTo(new VerifiedIdentity("110169484474386276334", Optional.of("ada@example.com"), true,
                Optional.of("Ada Lovelace")));
        verifier.verify(AuthProvider.GOOGLE, token);
        KEYS.verify(1, getRequestedFor(urlEqualTo("/certs")));

        JwksIdTokenVerifier later = verifier("/certs", List.of("client-1"), NOW.plus(Duration.ofMinutes(32)));
        assertThatThrownBy(() -> later.verify(AuthProvider.GOOGLE, token)).isInstanceOfSatisfying(Unauthenticated.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_ID_TOKEN"));
        RsaJsonWebKey other = RsaJwkGenerator.generateJwk(2048);
        assertThatThrownBy(() -> verifier.verify(AuthProvider.GOOGLE, token(other, "k2", NOW.plusSeconds(600))))
                .isInstanceOf(Unauthenticated.class);
    }

    @Test
    void without_client_ids_it_is_not_configured_and_unreachable_keys_are_a_provider_outage() throws Exception {
        String token = token(key, "k1", NOW.plusSeconds(600));
        assertThatThrownBy(() -> verifier("/certs", List.of(" "), NOW).verify(AuthProvider.GOOGLE, token))
                .isInstanceOf(ProviderNotConfigured.class).hasMessageContaining("GOOGLE_CLIENT_IDS");
        KEYS.stubFor(get(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> verifier("/down", List.of("client-1"), NOW).verify(AuthProvider.GOOGLE, token))
                .isInstanceOf(ProviderUnavailable.class).isNotInstanceOf(ProviderNotConfigured.class);
    }
}
