package io.ensemble.integrations.idtokens;

import io.ensemble.identity.AuthProvider;
import io.ensemble.identity.EmailAddress;
import io.ensemble.identity.IdTokenVerifier;
import io.ensemble.identity.VerifiedIdentity;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.Unauthenticated;
import java.io.IOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * {@link IdTokenVerifier} with jose4j (issue 23 §2): RS256 signatures checked with the provider's JWKS,
 * the key chosen by {@code kid} and the set cached (as the JWKS answer's {@code Cache-Control} says,
 * else an hour; refetched once when an unknown {@code kid} arrives); {@code iss}, {@code aud},
 * {@code exp} (one minute of skew) and {@code sub} required.
 */
public final class JwksIdTokenVerifier implements IdTokenVerifier {
    private static final int SKEW_SECONDS = 60;
    private static final long DEFAULT_CACHE_SECONDS = 3600;
    private final Map<AuthProvider, IdTokenIssuer> issuers;
    private final Map<AuthProvider, HttpsJwksVerificationKeyResolver> resolvers = new EnumMap<>(AuthProvider.class);
    private final Clock clock;

    /** @param issuers the settings of GOOGLE and APPLE */
    public JwksIdTokenVerifier(Map<AuthProvider, IdTokenIssuer> issuers, Clock clock) {
        this.issuers = Map.copyOf(issuers);
        this.clock = clock;
        this.issuers.forEach((provider, issuer) -> {
            HttpsJwks jwks = new HttpsJwks(issuer.jwksUrl().toString());
            jwks.setDefaultCacheDuration(DEFAULT_CACHE_SECONDS);
            resolvers.put(provider, new HttpsJwksVerificationKeyResolver(jwks));
        });
    }

    /**
     * @throws Unauthenticated {@code INVALID_ID_TOKEN}
     * @throws ProviderNotConfigured when the provider's client ids are not set
     * @throws ProviderUnavailable when the keys cannot be fetched
     */
    @Override
    public VerifiedIdentity verify(AuthProvider provider, String token) {
        IdTokenIssuer issuer = issuers.get(provider);
        if (issuer == null || issuer.audiences().isEmpty()) {
            throw new ProviderNotConfigured(provider.wire() + " sign-in is not configured: set "
                    + (issuer == null ? provider.name() + "_CLIENT_IDS" : issuer.configVariable()) + ".");
        }
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(SKEW_SECONDS)
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .setExpectedIssuers(true, issuer.issuers().toArray(String[]::new))
                .setExpectedAudience(issuer.audiences().toArray(String[]::new))
                .setVerificationKeyResolver(resolvers.get(provider))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
        try {
            return identity(consumer.processToClaims(token));
        } catch (InvalidJwtException e) {
            if (causedByIo(e)) {
                throw new ProviderUnavailable("The " + provider.wire() + " keys cannot be fetched; try again later.", e);
            }
            throw invalid();
        } catch (MalformedClaimException e) {
            throw invalid();
        }
    }

    private static VerifiedIdentity identity(JwtClaims claims) throws MalformedClaimException {
        Object verified = claims.getClaimValue("email_verified");
        boolean emailVerified = Boolean.TRUE.equals(verified) || "true".equals(verified);
        Optional<String> email = Optional.ofNullable(claims.getStringClaimValue("email"))
                .map(EmailAddress::normalize).filter(e -> !e.isBlank());
        Optional<String> name = Optional.ofNullable(claims.getClaimValue("name")).map(Object::toString);
        return new VerifiedIdentity(claims.getSubject(), email, emailVerified, name);
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static Unauthenticated invalid() {
        return new Unauthenticated("INVALID_ID_TOKEN", "The ID token is invalid or expired; sign in again.");
    }
}
