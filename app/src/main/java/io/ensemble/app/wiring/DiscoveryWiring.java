package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.discovery.DiscoveryService;
import io.ensemble.web.discovery.DiscoveryResource;

/** Wiring of the {@code discovery} context (issue 5 §2): repository, use case and resource. */
public final class DiscoveryWiring {
    private DiscoveryWiring() {
    }

    /**
     * Builds the discovery use case and registers {@code /api/v1/discovery/*} and seeds/002's
     * {@code /api/v1/profile/creators}.
     *
     * @param jersey where the resource is registered (bearer auth must already be registered)
     * @param db the shared persistence adapters
     */
    public static io.ensemble.discovery.DiscoveryService register(JerseyEnvironment jersey, Persistence db) {
        var service = new DiscoveryService(db.discovery, db.categories);
        jersey.register(new DiscoveryResource(service));
        jersey.register(new io.ensemble.web.discovery.CreatorDirectoryResource(service));
        return service;
    }
}
