package io.ensemble.app.observability;

import com.codahale.metrics.health.HealthCheck;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.integrations.realtime.RedisPing;
import io.ensemble.web.health.HealthProbe;
import java.util.List;
import java.util.Optional;

/**
 * The health of the backing services besides the database (issue 29 §5): a {@code redis} admin health
 * check and {@code /ready} input when the realtime bus runs on Redis, and a {@code media-store} admin health
 * check. {@link #probe} wraps the database probe so {@code /ready} answers 503 while Redis is down too.
 */
public final class BackingServices {
    private BackingServices() {
    }

    /**
     * Registers the checks and returns the probe {@code /health} and {@code /ready} use.
     *
     * @param env      the environment
     * @param database the database probe
     * @param redisUrl the Redis URL, present only when Redis is used ({@code REALTIME_BUS=redis})
     * @param media    the media store's check
     * @return {@code database} extended with Redis for {@code /ready}
     */
    public static HealthProbe probe(Environment env, HealthProbe database, Optional<String> redisUrl,
                                    MediaStoreHealthCheck media) {
        env.healthChecks().register("media-store", media);
        if (redisUrl.isEmpty()) {
            return database;
        }
        RedisPing ping = new RedisPing(redisUrl.get());
        env.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                ping.close();
            }
        });
        env.healthChecks().register("redis", new HealthCheck() {
            @Override
            protected Result check() {
                return ping.up() ? Result.healthy() : Result.unhealthy("Redis does not answer PING");
            }
        });
        return new HealthProbe() {
            @Override
            public boolean databaseUp() {
                return database.databaseUp();
            }

            @Override
            public boolean started() {
                return database.started();
            }

            @Override
            public List<String> unavailable() {
                return ping.up() ? List.of() : List.of("redis");
            }
        };
    }
}
