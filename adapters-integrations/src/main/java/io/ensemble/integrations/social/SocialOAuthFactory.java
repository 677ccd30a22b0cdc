package io.ensemble.integrations.social;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.integrations.support.NotConfigured;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.social.Platform;
import io.ensemble.social.SocialProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * config.yml {@code social:} block (issue 6): the five OAuth clients, the provider request timeout and the
 * circuit breaker. {@link #build} gives one provider per platform, each behind its own breaker; a platform
 * without keys gets a stand-in ({@link #unconfigured}: 503 {@code PROVIDER_NOT_CONFIGURED}).
 */
public class SocialOAuthFactory {
    /** Documented hosts (issue 6 §1 and each provider's docs). */
    static final OAuthClientFactory.Hosts INSTAGRAM = new OAuthClientFactory.Hosts(
            "https://api.instagram.com", "https://api.instagram.com", "https://graph.instagram.com");
    static final OAuthClientFactory.Hosts TIKTOK = new OAuthClientFactory.Hosts(
            "https://www.tiktok.com", "https://open.tiktokapis.com", "https://open.tiktokapis.com");
    static final OAuthClientFactory.Hosts YOUTUBE = new OAuthClientFactory.Hosts(
            "https://accounts.google.com", "https://oauth2.googleapis.com", "https://www.googleapis.com");
    static final OAuthClientFactory.Hosts TWITCH = new OAuthClientFactory.Hosts(
            "https://id.twitch.tv", "https://id.twitch.tv", "https://api.twitch.tv");
    static final OAuthClientFactory.Hosts SPOTIFY = new OAuthClientFactory.Hosts(
            "https://accounts.spotify.com", "https://accounts.spotify.com", "https://api.spotify.com");

    @JsonProperty
    private OAuthClientFactory instagram = new OAuthClientFactory();
    @JsonProperty
    private OAuthClientFactory tiktok = new OAuthClientFactory();
    @JsonProperty
    private OAuthClientFactory youtube = new OAuthClientFactory();
    @JsonProperty
    private OAuthClientFactory twitch = new OAuthClientFactory();
    @JsonProperty
    private OAuthClientFactory spotify = new OAuthClientFactory();
    /** Limit of each provider request (SOCIAL_PROVIDER_TIMEOUT). */
    @JsonProperty
    private io.dropwizard.util.Duration timeout = io.dropwizard.util.Duration.seconds(10);
    /** Percent of failed calls among the last {@link #breakerWindow} that opens a platform's circuit. */
    @JsonProperty
    private float breakerFailureRate = 50;
    /** Calls considered by the breaker (and needed before it can open). */
    @JsonProperty
    private int breakerWindow = 10;
    /** How long an open circuit refuses calls before a trial call. */
    @JsonProperty
    private io.dropwizard.util.Duration breakerOpenFor = io.dropwizard.util.Duration.seconds(30);
    /** Pause between two accounts of the nightly sync, spreading provider calls out (SOCIAL_SYNC_PAUSE). */
    @JsonProperty
    private io.dropwizard.util.Duration syncPause = io.dropwizard.util.Duration.milliseconds(500);

    /** @return the client block of {@code platform} */
    public OAuthClientFactory client(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> instagram;
            case TIKTOK -> tiktok;
            case YOUTUBE -> youtube;
            case TWITCH -> twitch;
            case SPOTIFY -> spotify;
            default -> throw new IllegalArgumentException("no OAuth client for " + platform);
        };
    }

    /** @return the pause between accounts of the nightly sync */
    public java.time.Duration syncPause() {
        return syncPause.toJavaDuration();
    }

    /** Sets the breaker (tests). @return this */
    public SocialOAuthFactory breaker(float failureRate, int window, java.time.Duration openFor) {
        this.breakerFailureRate = failureRate;
        this.breakerWindow = window;
        this.breakerOpenFor = io.dropwizard.util.Duration.milliseconds(openFor.toMillis());
        return this;
    }

    /** @return one provider per OAuth platform: configured adapters behind breakers, else unconfigured stand-ins */
    public List<SocialProvider> build(Clock clock) {
        List<SocialProvider> out = new ArrayList<>();
        out.add(one(Platform.INSTAGRAM, INSTAGRAM, InstagramProvider::new, clock));
        out.add(one(Platform.TIKTOK, TIKTOK, TikTokProvider::new, clock));
        out.add(one(Platform.YOUTUBE, YOUTUBE, YouTubeProvider::new, clock));
        out.add(one(Platform.TWITCH, TWITCH, TwitchProvider::new, clock));
        out.add(one(Platform.SPOTIFY, SPOTIFY, SpotifyProvider::new, clock));
        return out;
    }

    private SocialProvider one(Platform platform, OAuthClientFactory.Hosts hosts,
                               BiFunction<OAuthClientSettings, Clock, SocialProvider> adapter, Clock clock) {
        Optional<OAuthClientSettings> settings = client(platform).settings(hosts, timeout.toJavaDuration());
        if (settings.isEmpty()) {
            return unconfigured(platform);
        }
        return new CircuitBreakingSocialProvider(adapter.apply(settings.get(), clock), breakerFailureRate,
                breakerWindow, breakerOpenFor.toJavaDuration());
    }

    /**
     * Stands in for a platform whose keys are not set: every call but {@code platform()} and
     * {@code usesPkce()} answers 503 {@code PROVIDER_NOT_CONFIGURED} naming the variables to set
     * (DESIGN §Ports), e.g. {@code TIKTOK_CLIENT_ID}.
     *
     * @return the stand-in for {@code platform}
     */
    public static SocialProvider unconfigured(Platform platform) {
        String env = platform.name().toUpperCase(Locale.ROOT);
        String message = "Linking " + platform.key() + " is not configured; set " + env + "_CLIENT_ID, " + env
                + "_CLIENT_SECRET and " + env + "_REDIRECT_URI.";
        return NotConfigured.standIn(SocialProvider.class, () -> new ProviderNotConfigured(message),
                Map.of("platform", platform, "usesPkce", false));
    }
}
