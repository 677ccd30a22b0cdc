package io.ensemble.integrations.scraping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.util.Duration;
import io.ensemble.integrations.support.NotConfigured;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.social.ProfileScraper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;

/**
 * The {@code apify} section of config.yml (README §Social scraping): {@code token} (APIFY_TOKEN),
 * {@code apiBase} (APIFY_API_BASE), {@code instagramActor} / {@code tiktokActor} (APIFY_INSTAGRAM_ACTOR,
 * APIFY_TIKTOK_ACTOR), time budgets and the number of recent posts. With no token it builds a scraper
 * that answers 503 {@code PROVIDER_NOT_CONFIGURED} naming APIFY_TOKEN. The token is write-only.
 */
public class ApifyScraperFactory {
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    private String token = "";
    @NotBlank
    @JsonProperty
    private String apiBase = "https://api.apify.com";
    @NotBlank
    @JsonProperty
    private String instagramActor = "apify~instagram-profile-scraper";
    @NotBlank
    @JsonProperty
    private String tiktokActor = "clockworks~tiktok-profile-scraper";
    @NotNull
    @JsonProperty
    private Duration syncTimeout = Duration.seconds(310);
    @NotNull
    @JsonProperty
    private Duration asyncMaxWait = Duration.minutes(5);
    @NotNull
    @JsonProperty
    private Duration pollInterval = Duration.seconds(2);
    @Min(1)
    @Max(50)
    @JsonProperty
    private int postsLimit = 12;
    /** Percent of failed calls among the last {@link #breakerWindow} that opens a platform's circuit. */
    @JsonProperty
    private float breakerFailureRate = 50;
    /** Calls considered by the breaker (and needed before it can open). */
    @Min(1)
    @JsonProperty
    private int breakerWindow = 10;
    /** How long an open circuit answers 503 before a trial call. */
    @NotNull
    @JsonProperty
    private Duration breakerOpenFor = Duration.seconds(30);

    /**
     * @param json the mapper for actor inputs and answers
     * @return the Apify scraper behind a circuit breaker per platform, or one that always throws {@link ProviderNotConfigured} when no token is set
     */
    public ProfileScraper build(ObjectMapper json) {
        if (token == null || token.isBlank()) {
            return NotConfigured.standIn(ProfileScraper.class, () -> new ProviderNotConfigured(
                    "Apify scraping is not configured on this server; set APIFY_TOKEN to enable it."), Map.of());
        }
        ApifySettings settings = settings();
        return new CircuitBreakingProfileScraper(new ApifyProfileScraper(new ApifyClient(settings, json), settings),
                breakerFailureRate, breakerWindow, breakerOpenFor.toJavaDuration());
    }

    /** @return whether a token is set */
    public boolean isConfigured() {
        return token != null && !token.isBlank();
    }

    /** @return the adapter settings (token included) */
    ApifySettings settings() {
        return new ApifySettings(URI.create(apiBase), token, instagramActor, tiktokActor, java(syncTimeout),
                java(asyncMaxWait), java(pollInterval), postsLimit);
    }

    /** @param token the Apify API token; blank disables scraping */
    public void setToken(String token) {
        this.token = token == null ? "" : token;
    }

    private static java.time.Duration java(Duration d) {
        return java.time.Duration.ofMillis(d.toMilliseconds());
    }

    /** @return the settings without the token */
    @Override
    public String toString() {
        return "ApifyScraperFactory[apiBase=" + apiBase + ", instagramActor=" + instagramActor + ", tiktokActor="
                + tiktokActor + ", configured=" + isConfigured() + "]";
    }
}
