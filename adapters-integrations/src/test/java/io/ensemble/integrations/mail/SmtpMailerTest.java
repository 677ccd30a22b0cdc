package io.ensemble.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.mail.MailMessage;
import io.ensemble.shared.mail.Mailer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailerTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "s3cret"));

    @Test
    void delivers_recipient_subject_and_utf8_body() throws Exception {
        Mailer mailer = factory(GREEN_MAIL.getSmtp().getPort()).build();

        mailer.send(new MailMessage("alice@example.com", "Verify your email – Ensemble",
                "Hello Alicé,\n\nYour verification code is 123456."));

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("alice@example.com");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("no-reply@ensemble.test");
        assertThat(mail.getSubject()).isEqualTo("Verify your email – Ensemble");
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .isEqualTo("Hello Alicé,\n\nYour verification code is 123456.");
    }

    @Test
    void authenticates_when_a_username_and_password_are_set() throws Exception {
        SmtpMailerFactory factory = factory(GREEN_MAIL.getSmtp().getPort());
        factory.setUsername("mailer");
        factory.setPassword("s3cret");

        factory.build().send(new MailMessage("bob@example.com", "Hello", "Body"));

        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        assertThat(GreenMailUtil.getBody(GREEN_MAIL.getReceivedMessages()[0])).isEqualTo("Body");
    }

    @Test
    void reports_wrong_credentials_as_provider_unavailable() {
        SmtpMailerFactory factory = factory(GREEN_MAIL.getSmtp().getPort());
        factory.setUsername("mailer");
        factory.setPassword("wrong");

        assertThatThrownBy(() -> factory.build().send(new MailMessage("bob@example.com", "Hello", "Body")))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageNotContaining("wrong");
    }

    @Test
    void reports_a_closed_port_as_provider_unavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Mailer mailer = factory(closedPort).build();

        assertThatThrownBy(() -> mailer.send(new MailMessage("alice@example.com", "Hi", "Body")))
                .isInstanceOfSatisfying(ProviderUnavailable.class,
                        e -> assertThat(e.code()).isEqualTo("PROVIDER_UNAVAILABLE"))
                .hasMessage("The mail server is unavailable; try again shortly.")
                .hasCauseInstanceOf(jakarta.mail.MessagingException.class);
    }

    @Test
    void keeps_the_password_out_of_its_description() {
        SmtpMailerFactory factory = factory(25);
        factory.setPassword("hunter2");

        assertThat(factory.toString()).doesNotContain("hunter2");
    }

    private static SmtpMailerFactory factory(int port) {
        SmtpMailerFactory factory = new SmtpMailerFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(port);
        factory.setFrom("no-reply@ensemble.test");
        factory.setConnectTimeoutMs(2_000);
        factory.setTimeoutMs(2_000);
        return factory;
    }
}
