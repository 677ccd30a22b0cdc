package io.ensemble.integrations.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import org.junit.jupiter.api.Test;

/** {@code payments: {type: stripe}} from config: refuses to start without keys, naming the variables. */
class StripePaymentGatewayFactoryTest {
    private final ObjectMapper yaml = Jackson.newObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());

    private PaymentGatewayFactory parse(String text) throws Exception {
        return yaml.readValue(text, PaymentGatewayFactory.class);
    }

    @Test
    void without_keys_it_names_both_missing_variables() throws Exception {
        StripePaymentGatewayFactory factory = (StripePaymentGatewayFactory) parse("type: stripe\nsecretKey: ''\n");

        assertThatThrownBy(factory::settings).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STRIPE_SECRET_KEY").hasMessageContaining("STRIPE_WEBHOOK_SECRET")
                .hasMessageContaining("PAYMENTS=manual");
    }

    @Test
    void with_only_the_secret_key_it_names_the_webhook_secret() throws Exception {
        StripePaymentGatewayFactory factory = (StripePaymentGatewayFactory) parse(
                "type: stripe\nsecretKey: sk_test_1\n");

        assertThatThrownBy(factory::settings).hasMessageContaining("STRIPE_WEBHOOK_SECRET")
                .hasMessageNotContaining("STRIPE_SECRET_KEY");
    }

    @Test
    void reads_keys_api_base_and_defaults() throws Exception {
        StripeSettings s = ((StripePaymentGatewayFactory) parse("type: stripe\nsecretKey: sk_test_1\n"
                + "webhookSecret: whsec_1\napiBase: http://127.0.0.1:9999/\n")).settings();

        assertThat(s.apiBase()).isEqualTo("http://127.0.0.1:9999");
        assertThat(s.webhookTolerance().toSeconds()).isEqualTo(300);
        assertThat(s.secretKey()).isEqualTo("sk_test_1");
    }
}
