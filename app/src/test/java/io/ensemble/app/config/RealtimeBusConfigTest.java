package io.ensemble.app.config;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.integrations.realtime.LocalRealtimeBusFactory;
import io.ensemble.integrations.realtime.RedisRealtimeBusFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code realtime.bus} is a polymorphic {@code type:} factory like storage, payments and mail, and the scalar
 * form of earlier config files ({@code bus: redis}, {@code -Ddw.realtime.bus=redis}) still reads.
 */
class RealtimeBusConfigTest {
    private static final String OVERRIDE = "dw.realtime.bus";

    @AfterEach
    void clearOverride() {
        System.clearProperty(OVERRIDE);
    }

    @Test
    void the_shipped_config_runs_the_local_bus() throws Exception {
        EnsembleConfiguration config = shipped();

        assertThat(config.getRealtime().getBus()).isInstanceOf(LocalRealtimeBusFactory.class);
        assertThat(config.getRealtime().redis()).isFalse();
    }

    @Test
    void a_type_redis_bus_is_the_redis_factory() throws Exception {
        EnsembleConfiguration config = parse("realtime:\n  bus:\n    type: redis\n");

        assertThat(config.getRealtime().getBus()).isInstanceOf(RedisRealtimeBusFactory.class);
        assertThat(config.getRealtime().redis()).isTrue();
    }

    @Test
    void the_earlier_scalar_form_still_chooses_the_bus() throws Exception {
        assertThat(parse("realtime:\n  bus: redis\n").getRealtime().getBus())
                .isInstanceOf(RedisRealtimeBusFactory.class);
        assertThat(parse("realtime:\n  bus: local\n").getRealtime().getBus())
                .isInstanceOf(LocalRealtimeBusFactory.class);
    }

    @Test
    void an_override_of_the_earlier_form_replaces_the_shipped_type() throws Exception {
        System.setProperty(OVERRIDE, "redis");

        assertThat(shipped().getRealtime().redis()).isTrue();
    }

    @Test
    void an_unknown_bus_is_refused() {
        assertThatThrownBy(() -> parse("realtime:\n  bus: kafka\n")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kafka");
        assertThatThrownBy(() -> parse("realtime:\n  bus:\n    type: kafka\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("kafka");
    }

    private static YamlConfigurationFactory<EnsembleConfiguration> factory() {
        return new YamlConfigurationFactory<>(EnsembleConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw");
    }

    private static EnsembleConfiguration shipped() throws Exception {
        return factory().build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(),
                new EnvironmentVariableSubstitutor(false)), Path.of("..", "config.yml").toString());
    }

    private static EnsembleConfiguration parse(String yaml) throws Exception {
        return factory().build(path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }
}
