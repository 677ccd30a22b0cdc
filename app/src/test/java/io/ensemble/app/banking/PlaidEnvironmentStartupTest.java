package io.ensemble.app.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import org.junit.jupiter.api.Test;

/**
 * {@code PLAID_ENV=development} (Plaid's retired Development environment) stops the service at startup
 * with a message naming PLAID_ENV and the allowed values, instead of starting against a dead host.
 */
class PlaidEnvironmentStartupTest {

    @Test
    void the_service_refuses_to_start_with_plaid_env_development() {
        DropwizardAppExtension<EnsembleConfiguration> app = EnsembleTestApp.app(FreePort.find(),
                ConfigOverride.config("bankLinking.type", "plaid"),
                ConfigOverride.config("bankLinking.clientId", "test-client-id"),
                ConfigOverride.config("bankLinking.secret", "test-secret"),
                ConfigOverride.config("bankLinking.environment", "development"));

        Throwable thrown = catchThrowable(app::before);
        app.after();

        assertThat(thrown).isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertThat(messages.toString()).contains("bankLinking.environment").contains("PLAID_ENV")
                .contains("sandbox or production");
    }
}
