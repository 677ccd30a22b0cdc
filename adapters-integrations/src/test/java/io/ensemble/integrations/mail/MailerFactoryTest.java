package io.ensemble.integrations.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailerFactoryTest {
    private final ObjectMapper json = Jackson.newObjectMapper();
    private final ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());

    @Test
    void reads_an_smtp_mailer_from_yaml() throws Exception {
        MailerFactory factory = yaml.readValue("""
                type: smtp
                host: smtp.example.com
                port: 2525
                username: mailer
                password: s3cret
                from: hello@example.com
                startTls: true
                connectTimeoutMs: 1500
                timeoutMs: 3000
                """, MailerFactory.class);

        assertThat(factory).isInstanceOfSatisfying(SmtpMailerFactory.class, smtp -> {
            assertThat(smtp.getHost()).isEqualTo("smtp.example.com");
            assertThat(smtp.getPort()).isEqualTo(2525);
            assertThat(smtp.getUsername()).isEqualTo("mailer");
            assertThat(smtp.getPassword()).isEqualTo("s3cret");
            assertThat(smtp.getFrom()).isEqualTo("hello@example.com");
            assertThat(smtp.isStartTls()).isTrue();
            assertThat(smtp.getConnectTimeoutMs()).isEqualTo(1500);
            assertThat(smtp.getTimeoutMs()).isEqualTo(3000);
        });
        assertThat(factory.build()).isInstanceOf(SmtpMailer.class);
    }

    @Test
    void fills_smtp_defaults_from_json() throws Exception {
        MailerFactory factory = json.readValue("{\"type\":\"smtp\",\"host\":\"mail.local\"}", MailerFactory.class);

        assertThat(factory).isInstanceOfSatisfying(SmtpMailerFactory.class, smtp -> {
            assertThat(smtp.getHost()).isEqualTo("mail.local");
            assertThat(smtp.getPort()).isEqualTo(587);
            assertThat(smtp.getUsername()).isEmpty();
            assertThat(smtp.getPassword()).isEmpty();
            assertThat(smtp.getFrom()).isEqualTo("no-reply@ensemble.local");
            assertThat(smtp.isStartTls()).isFalse();
            assertThat(smtp.getConnectTimeoutMs()).isEqualTo(10_000);
            assertThat(smtp.getTimeoutMs()).isEqualTo(10_000);
        });
    }

    @Test
    void reads_a_log_mailer() throws Exception {
        assertThat(yaml.readValue("type: log", MailerFactory.class)).isInstanceOf(LogMailerFactory.class);
        MailerFactory factory = json.readValue("{\"type\":\"log\"}", MailerFactory.class);

        assertThat(factory).isInstanceOf(LogMailerFactory.class);
        assertThat(factory.build()).isInstanceOf(LogMailer.class);
    }

    @Test
    void log_mailer_ignores_the_smtp_keys_of_the_shipped_config_even_when_unknown_keys_fail() throws Exception {
        ObjectMapper strict = Jackson.newObjectMapper(new YAMLFactory())
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        MailerFactory factory = strict.readValue("""
                type: log
                host: localhost
                port: 587
                username: ""
                password: ""
                from: no-reply@ensemble.local
                startTls: false
                """, MailerFactory.class);
        assertThat(factory).isInstanceOf(LogMailerFactory.class);
        assertThatThrownBy(() -> strict.readValue("type: smtp\nhots: typo", MailerFactory.class))
                .hasMessageContaining("hots");
    }

    @Test
    void rejects_an_unknown_type() {
        assertThatThrownBy(() -> json.readValue("{\"type\":\"carrier-pigeon\"}", MailerFactory.class))
                .hasMessageContaining("carrier-pigeon");
    }

    @Test
    void never_writes_the_smtp_password_back() throws Exception {
        SmtpMailerFactory smtp = new SmtpMailerFactory();
        smtp.setPassword("s3cret");

        assertThat(json.writeValueAsString(smtp)).doesNotContain("s3cret").doesNotContain("password");
    }
}
