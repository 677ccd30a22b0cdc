package io.ensemble.integrations.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The log SMS adapter's one line (issue 23 §1) and the Twilio factory's refusals without keys. */
class LogSmsSenderTest {
    @Test
    void the_text_is_one_line_with_the_number_and_the_code() {
        assertThat(LogSmsSender.line("+14155550100", "Your Ensemble code is 123456.\nIt expires in 10 \"minutes\"."))
                .isEqualTo("SMS to=+14155550100 body=\"Your Ensemble code is 123456. It expires in 10 \\\"minutes\\\".\"");
        new LogSmsSender().send("+14155550100", "never fails");
    }

    @Test
    void twilio_without_keys_or_sender_refuses_to_start() {
        assertThatThrownBy(() -> new TwilioSmsSenderFactory().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TWILIO_ACCOUNT_SID");
    }
}
