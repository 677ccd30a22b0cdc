package io.ensemble.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.ensemble.app.EnsembleApplication;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.EnsembleTestApp;
import org.junit.jupiter.api.Test;

/**
 * Issue 29 §2: which admin bind hosts count as loopback, and a service whose admin port would listen on every
 * interface without an admin token refuses to start (no other app in this class, so no token override is left
 * in the system properties).
 */
class AdminBindCheckTest {

    @Test
    void only_loopback_hosts_count_as_loopback() {
        assertThat(AdminBindCheck.isLoopback("127.0.0.1")).isTrue();
        assertThat(AdminBindCheck.isLoopback("::1")).isTrue();
        assertThat(AdminBindCheck.isLoopback("localhost")).isTrue();
        assertThat(AdminBindCheck.isLoopback(null)).isFalse();
        assertThat(AdminBindCheck.isLoopback("")).isFalse();
        assertThat(AdminBindCheck.isLoopback("0.0.0.0")).isFalse();
        assertThat(AdminBindCheck.isLoopback("::")).isFalse();
        assertThat(AdminBindCheck.isLoopback("10.1.2.3")).isFalse();
        assertThat(AdminBindCheck.isLoopback("no-such-host.invalid")).isFalse();
    }

    @Test
    void an_admin_port_on_every_interface_without_a_token_refuses_to_start() {
        DropwizardTestSupport<EnsembleConfiguration> open = new DropwizardTestSupport<>(EnsembleApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), EnsembleTestApp.withSharedDatabase(
                        ConfigOverride.config("mail.port", "3025"),
                        ConfigOverride.config("server.adminConnectors[0].bindHost", "0.0.0.0")));
        try {
            assertThatThrownBy(open::before).hasStackTraceContaining("ADMIN_BIND_HOST")
                    .hasStackTraceContaining("ADMIN_TOKEN");
        } finally {
            open.after();
        }
    }
}
