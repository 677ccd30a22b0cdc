package io.ensemble.app.observability;

import com.codahale.metrics.health.HealthCheck;
import io.ensemble.integrations.media.LocalMediaStorage;
import io.ensemble.media.MediaStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The media store's admin health check (issue 29 §5), kept cheap: the local store's folder must exist (it is
 * created when missing) and be writable; a remote store (S3, Cloudinary) must answer a read of a key that does
 * not exist (one request: "not found" is healthy, an error or timeout is not).
 */
public final class MediaStoreHealthCheck extends HealthCheck {
    static final String PROBE_KEY = "health/probe-does-not-exist";
    private final MediaStorage storage;

    /** @param storage the configured media store */
    public MediaStoreHealthCheck(MediaStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    protected Result check() {
        if (storage instanceof LocalMediaStorage local) {
            Path root = local.root();
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                return Result.unhealthy("media folder " + root + " cannot be created: " + e.getMessage());
            }
            return Files.isWritable(root) ? Result.healthy("media folder " + root + " is writable")
                    : Result.unhealthy("media folder " + root + " is not writable");
        }
        try {
            storage.open(PROBE_KEY).ifPresent(found -> {
                try {
                    found.content().close();
                } catch (IOException ignored) {
                    // the answer is what counts
                }
            });
            return Result.healthy(storage.getClass().getSimpleName() + " answers");
        } catch (RuntimeException e) {
            return Result.unhealthy(storage.getClass().getSimpleName() + " does not answer: " + e.getMessage());
        }
    }
}
