package io.ensemble.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.ensemble.shared.mail.MailMessage;
import org.junit.jupiter.api.Test;

class LogMailerTest {
    @Test
    void formats_one_line_with_recipient_subject_and_flattened_body() {
        MailMessage mail = new MailMessage("alice@example.com", "Verify your email",
                "Hello Alice,\n\nYour verification code is 123456.\r\nIt expires in 10 minutes.\n");

        assertThat(LogMailer.line(mail)).isEqualTo("MAIL to=alice@example.com subject=\"Verify your email\""
                + " body=\"Hello Alice, Your verification code is 123456. It expires in 10 minutes.\"");
    }

    @Test
    void cannot_be_made_to_forge_log_lines() {
        MailMessage mail = new MailMessage("bob@example.com", "Hi\nMAIL to=x", "say \"hi\"\nMAIL to=evil");

        String line = LogMailer.line(mail);

        assertThat(line).doesNotContain("\n", "\r")
                .isEqualTo("MAIL to=bob@example.com subject=\"Hi MAIL to=x\" body=\"say \\\"hi\\\" MAIL to=evil\"");
    }

    @Test
    void sending_only_logs() {
        assertThatCode(() -> new LogMailerFactory().build().send(new MailMessage("a@b.c", "s", "b")))
                .doesNotThrowAnyException();
    }
}
