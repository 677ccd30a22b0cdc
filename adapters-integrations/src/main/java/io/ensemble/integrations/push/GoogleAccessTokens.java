package io.ensemble.integrations.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * OAuth 2 access tokens for FCM from a service account key: a JWT signed RS256 with the key
 * ({@code iss} = client email, {@code scope} = firebase.messaging, {@code aud} = token endpoint,
 * one hour) exchanged at the token endpoint with {@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}
 * (RFC 7523; Google "Using OAuth 2.0 for Server to Server Applications"). The token is cached until
 * one minute before it expires.
 */
final class GoogleAccessTokens {
    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final Duration EARLY = Duration.ofMinutes(1);

    private final GoogleServiceAccountKey key;
    private final URI tokenUri;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    GoogleAccessTokens(GoogleServiceAccountKey key, URI tokenUri, HttpClient http, ObjectMapper json, Duration timeout,
                       Clock clock) {
        this.key = key;
        this.tokenUri = tokenUri;
        this.http = http;
        this.json = json;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * @return a valid access token, fetched when none is cached or it is about to expire
     * @throws ProviderUnavailable when the token endpoint cannot be reached or refuses the grant
     */
    synchronized String current() {
        if (token == null || !clock.instant().isBefore(expiresAt.minus(EARLY))) {
            fetch();
        }
        return token;
    }

    /** Drops the cached token (after FCM answered 401). */
    synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        String form = "grant_type=" + URLEncoder.encode(GRANT, StandardCharsets.UTF_8) + "&assertion="
                + URLEncoder.encode(assertion(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenUri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ProviderUnavailable("FCM token endpoint answered " + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            String accessToken = body.path("access_token").asText("");
            if (accessToken.isBlank()) {
                throw new ProviderUnavailable("FCM token endpoint answered without access_token");
            }
            token = accessToken;
            expiresAt = clock.instant().plusSeconds(body.path("expires_in").asLong(3600));
        } catch (IOException e) {
            throw new ProviderUnavailable("FCM token endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("interrupted while fetching an FCM token", e);
        }
    }

    private String assertion() {
        JwtClaims claims = new JwtClaims();
        long now = clock.instant().getEpochSecond();
        claims.setIssuer(key.clientEmail());
        claims.setAudience(tokenUri.toString());
        claims.setClaim("scope", SCOPE);
        claims.setClaim("iat", now);
        claims.setClaim("exp", now + 3600);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        if (!key.keyId().isBlank()) {
            jws.setKeyIdHeaderValue(key.keyId());
        }
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign the FCM token request", e);
        }
    }
}
