package io.ensemble.social;

import io.ensemble.shared.errors.NotFound;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The OAuth providers by platform (issue 6 §1). Every OAuth platform has an entry; one without keys is
 * an adapter that answers {@link io.ensemble.shared.errors.ProviderNotConfigured} naming the variable to set.
 */
public final class SocialProviders {
    private final Map<Platform, SocialProvider> byPlatform;

    /** @param providers one provider per OAuth platform */
    public SocialProviders(Iterable<SocialProvider> providers) {
        Map<Platform, SocialProvider> map = new EnumMap<>(Platform.class);
        for (SocialProvider p : providers) {
            map.put(Objects.requireNonNull(p.platform(), "platform"), p);
        }
        this.byPlatform = map;
    }

    /**
     * @return the provider of {@code platform}, after {@link SocialProvider#checkConfigured()}
     * @throws NotFound when the platform cannot be linked by OAuth (e.g. TWITTER)
     * @throws io.ensemble.shared.errors.ProviderNotConfigured when its keys are not set
     */
    public SocialProvider configured(Platform platform) {
        SocialProvider p = of(platform);
        p.checkConfigured();
        return p;
    }

    /**
     * @return the provider of {@code platform}
     * @throws NotFound when the platform cannot be linked by OAuth (e.g. TWITTER)
     */
    public SocialProvider of(Platform platform) {
        SocialProvider p = byPlatform.get(platform);
        if (p == null) {
            throw new NotFound("Linking " + platform.key() + " by OAuth is not supported.");
        }
        return p;
    }

    /** @return whether {@code platform} has an OAuth provider */
    public boolean supports(Platform platform) {
        return byPlatform.containsKey(platform);
    }
}
