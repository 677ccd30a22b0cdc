package io.ensemble.app.ops;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.ensemble.app.EnsembleConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code config.yml} shipped at the repository root parses and validates with no environment
 * variables set (README command 1 runs the jar with it), so a YAML slip cannot reach a release.
 */
class ShippedConfigTest {

    @Test
    void the_shipped_config_parses_and_validates_on_embedded_defaults() throws Exception {
        Path config = Path.of("..", "config.yml");
        assertThat(Files.exists(config)).as("config.yml at the repository root").isTrue();
        var factory = new YamlConfigurationFactory<>(EnsembleConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw");

        EnsembleConfiguration parsed = factory.build(new SubstitutingSourceProvider(
                new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)), config.toString());

        assertThat(parsed.getDatabase()).isNotNull();
        assertThat(parsed.getRealtime().getChannelPrefix()).isEqualTo("ensemble:");
    }
}
