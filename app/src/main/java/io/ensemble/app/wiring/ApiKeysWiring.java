package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.apikeys.ApiKeys;
import io.ensemble.apikeys.OnBehalfOf;
import io.ensemble.app.keys.NodeKeys;
import io.ensemble.identity.SecretDigest;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.apikeys.ApiKeyAdminResource;
import io.ensemble.web.apikeys.ApiKeyFilter;
import io.ensemble.web.ratelimit.RateLimiter;
import java.time.Clock;

/**
 * Wires API keys for servers (issue 26 §3): {@code /api/v1/admin/api-keys} and the {@link ApiKeyFilter}
 * that authenticates {@code Bearer ens_live_…} on scoped routes (acting for the user named in
 * {@code On-Behalf-Of} where a route allows it), hashed with the shared token-hash key
 * (like refresh tokens) and rate limited per key.
 */
public final class ApiKeysWiring {
    private ApiKeysWiring() {
    }

    /** @param limiter per-key requests per window ({@code API_KEY_REQUESTS_PER_15MIN}) */
    public static void register(JerseyEnvironment jersey, Persistence db, NodeKeys keys, AuditRecorder audit,
                                RateLimiter limiter, IdGenerator ids, Clock clock) {
        ApiKeys apiKeys = new ApiKeys(db.apiKeys, new SecretDigest(keys.tokenHashKey()), audit, db.transactions, ids,
                clock);
        jersey.register(new ApiKeyFilter(apiKeys, new OnBehalfOf(db.users), limiter));
        jersey.register(new ApiKeyAdminResource(apiKeys));
    }
}
