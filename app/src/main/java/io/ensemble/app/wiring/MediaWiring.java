package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.config.MediaConfig;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.integrations.media.SafeImageFetcher;
import io.ensemble.integrations.media.TikaMediaInspector;
import io.ensemble.media.AddressPolicy;
import io.ensemble.media.HostResolver;
import io.ensemble.media.ImageProxyService;
import io.ensemble.media.MediaService;
import io.ensemble.media.MediaStorage;
import io.ensemble.media.UrlSigner;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.media.ImageProxyResource;
import io.ensemble.web.media.MediaFileResource;
import io.ensemble.web.media.MediaResource;
import io.ensemble.web.media.ProfilePictureResource;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Set;

/**
 * Wiring of the {@code media} context (issue 7): storage adapter from {@code storage.type}, Tika
 * inspector, upload/serve/proxy resources, and the daily {@code media-cleanup} job (also {@code POST /tasks/media-cleanup} on the admin port).
 */
public final class MediaWiring {
    /** Redirects the image proxy follows at most. */
    public static final int PROXY_MAX_REDIRECTS = 3;
    /** When the daily cleanup of uploads never attached runs (in the jobs zone). */
    public static final LocalTime CLEANUP_AT = LocalTime.of(4, 0);

    private MediaWiring() {
    }

    /**
     * Builds the media use cases and registers their routes and admin task.
     *
     * @param env the Dropwizard environment (bearer auth must already be registered)
     * @param db the shared persistence adapters
     * @param config the {@code media} section
     * @param storage the configured storage adapter
     * @param signingKey the signed-URL HMAC key every node shares (issue 29 §1)
     * @param jobs where the daily cleanup of never-attached uploads is registered
     * @param ids id generator
     * @param clock the application clock
     * @param limits where the image proxy's per-IP limit keeps its buckets (issue 29 §4)
     * @return the media use cases
     */
    public static MediaService register(Environment env, Persistence db, MediaConfig config, MediaStorage storage,
            byte[] signingKey, Jobs jobs, IdGenerator ids, Clock clock, RateLimitWiring limits) {
        var inspector = new TikaMediaInspector();
        var media = new MediaService(db.media, storage, inspector, db.profiles::setAvatar,
                new UrlSigner(signingKey), db.transactions, ids, clock, config.settings());
        Set<Integer> loopback = config.proxyAllowedLoopbackPorts();
        AddressPolicy policy = loopback.isEmpty() ? AddressPolicy.publicOnly()
                : AddressPolicy.allowingLoopbackPorts(loopback);
        var proxy = new ImageProxyService(new SafeImageFetcher(policy, HostResolver.system(), config.proxyMaxBytes(),
                config.proxyTimeout(), PROXY_MAX_REDIRECTS, config.proxyAllowedHosts()), inspector);
        var jersey = env.jersey();
        jersey.register(new MediaResource(media));
        jersey.register(new ProfilePictureResource(media));
        jersey.register(new MediaFileResource(media));
        jersey.register(new ImageProxyResource(proxy,
                limits.limiter("image-proxy", config.proxyRatePerMinute(), java.time.Duration.ofMinutes(1))));
        jobs.daily("media-cleanup", CLEANUP_AT, now -> "removed " + media.cleanupUnattached() + " unattached uploads");
        return media;
    }
}
