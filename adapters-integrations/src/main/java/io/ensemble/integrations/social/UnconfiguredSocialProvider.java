package io.ensemble.integrations.social;

import io.ensemble.shared.ProviderNotConfigured;
import io.ensemble.social.Platform;
import io.ensemble.social.ProfileAndStats;
import io.ensemble.social.ProviderTokens;
import io.ensemble.social.SocialProvider;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Stands in for a platform whose keys are not set: every call answers 503 {@code PROVIDER_NOT_CONFIGURED}
 * naming the variables to set (DESIGN §Ports), e.g. {@code TIKTOK_CLIENT_ID}.
 */
public final class UnconfiguredSocialProvider implements SocialProvider {
    private final Platform platform;

    /** @param platform the platform without keys */
    public UnconfiguredSocialProvider(Platform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public void checkConfigured() {
        throw notConfigured();
    }

    @Override
    public boolean usesPkce() {
        return false;
    }

    @Override
    public URI authorizationUrl(String state, Optional<String> pkceChallenge) {
        throw notConfigured();
    }

    @Override
    public ProviderTokens exchangeCode(String code, Optional<String> codeVerifier) {
        throw notConfigured();
    }

    @Override
    public boolean canRefresh(ProviderTokens tokens) {
        throw notConfigured();
    }

    @Override
    public ProviderTokens refresh(ProviderTokens current) {
        throw notConfigured();
    }

    @Override
    public ProfileAndStats fetchProfileAndStats(String accessToken) {
        throw notConfigured();
    }

    private ProviderNotConfigured notConfigured() {
        String env = platform.name().toUpperCase(Locale.ROOT);
        return new ProviderNotConfigured("Linking " + platform.key() + " is not configured; set " + env
                + "_CLIENT_ID, " + env + "_CLIENT_SECRET and " + env + "_REDIRECT_URI.");
    }
}
