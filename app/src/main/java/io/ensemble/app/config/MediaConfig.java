package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.ensemble.media.MediaSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code media} section of config.yml (README §Configuration): upload limits, signing key, image proxy. */
public final class MediaConfig {
    @JsonProperty
    @NotNull
    private DataSize maxImageSize = DataSize.megabytes(5);
    @JsonProperty
    @NotNull
    private DataSize maxVideoSize = DataSize.megabytes(50);
    /** Cap of a whole multipart request body (all files of upload-multiple together). */
    @JsonProperty
    @NotNull
    private DataSize maxRequestSize = DataSize.megabytes(100);
    @JsonProperty
    @Min(1)
    private long maxPixels = 40_000_000L;
    @JsonProperty
    @Min(1)
    @Max(100)
    private int maxFiles = 10;
    @JsonProperty
    @NotNull
    private Duration signedUrlTtl = Duration.hours(1);
    @JsonProperty
    @NotNull
    private Duration unattachedTtl = Duration.hours(24);
    /** Base64/hex key (32+ bytes) for signed URLs; blank → generated once and kept in the database (issue 29 §1). */
    @JsonProperty
    private String signingSecret = "";
    @JsonProperty
    @NotNull
    private DataSize proxyMaxSize = DataSize.megabytes(10);
    @JsonProperty
    @NotNull
    private Duration proxyTimeout = Duration.seconds(10);
    /** Comma-separated domains the image proxy may fetch from (subdomains included); blank: any public host. */
    @JsonProperty
    private String proxyAllowedHosts = "";
    /** Image proxy requests per client IP per minute; 0 turns the limit off. */
    @JsonProperty
    @Min(0)
    private long proxyRatePerMinute = 60;
    /** Tests only: loopback ports the image proxy may reach; empty (refuse all loopback) in production. */
    @JsonProperty
    @NotNull
    private List<Integer> proxyAllowedLoopbackPorts = List.of();

    /** @return the domain's limits */
    public MediaSettings settings() {
        return new MediaSettings(maxImageSize.toBytes(), maxVideoSize.toBytes(), maxPixels, maxFiles,
                signedUrlTtl.toJavaDuration(),
                unattachedTtl.toJavaDuration());
    }

    /** @return the largest multipart body in bytes */
    public long maxRequestBytes() {
        return maxRequestSize.toBytes();
    }

    /** @return the signed-URL HMAC key given in config ({@code MEDIA_SIGNING_SECRET}), when one is */
    public Optional<String> configuredSigningSecret() {
        return AuthConfig.configured(signingSecret);
    }

    /** @return the largest proxied image in bytes */
    public long proxyMaxBytes() {
        return proxyMaxSize.toBytes();
    }

    /** @return the time budget of one proxied fetch */
    public java.time.Duration proxyTimeout() {
        return proxyTimeout.toJavaDuration();
    }

    /** @return the proxy's host allowlist (empty: any host that passes the address checks) */
    public io.ensemble.media.HostAllowlist proxyAllowedHosts() {
        return io.ensemble.media.HostAllowlist.of(proxyAllowedHosts == null ? List.of()
                : List.of(proxyAllowedHosts.split(",")));
    }

    /** @return image proxy requests allowed per client IP per minute (0 = unlimited) */
    public long proxyRatePerMinute() {
        return proxyRatePerMinute;
    }

    /** @return the loopback ports the proxy may reach (tests only) */
    public Set<Integer> proxyAllowedLoopbackPorts() {
        return Set.copyOf(proxyAllowedLoopbackPorts);
    }
}
