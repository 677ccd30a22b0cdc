package io.ensemble.hooks;

/** Port: tells admins that the system disabled an endpoint that failed every delivery for 3 days. */
@FunctionalInterface
public interface EndpointAlerts {
    void disabled(WebhookEndpoint endpoint);
}
