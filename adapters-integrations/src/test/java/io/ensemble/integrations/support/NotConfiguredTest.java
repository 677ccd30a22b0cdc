package io.ensemble.integrations.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.banking.BankLinkProvider;
import io.ensemble.integrations.banking.BankLinking;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.social.Platform;
import io.ensemble.social.SocialProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotConfiguredTest {
    @Test
    void every_port_method_answers_503_but_the_identity_answers_given() {
        SocialProvider none = NotConfigured.standIn(SocialProvider.class,
                () -> new ProviderNotConfigured("set TIKTOK_CLIENT_ID"), Map.of("platform", Platform.TIKTOK,
                        "usesPkce", false));
        assertThat(none.platform()).isEqualTo(Platform.TIKTOK);
        assertThat(none.usesPkce()).isFalse();
        assertThatThrownBy(none::checkConfigured).as("default methods too")
                .isInstanceOfSatisfying(ProviderNotConfigured.class,
                        e -> assertThat(e.getMessage()).isEqualTo("set TIKTOK_CLIENT_ID"));
        assertThatThrownBy(() -> none.authorizationUrl("s", Optional.empty()))
                .isInstanceOf(ProviderNotConfigured.class);
        assertThatThrownBy(() -> none.fetchProfileAndStats("t")).isInstanceOf(ProviderNotConfigured.class);
        assertThat(none).isEqualTo(none).isNotEqualTo(NotConfigured.standIn(SocialProvider.class,
                () -> new ProviderNotConfigured("x"), Map.of()));
        assertThat(none.hashCode()).isEqualTo(System.identityHashCode(none));
        assertThat(none.toString()).isEqualTo("NotConfigured[SocialProvider]");
    }

    @Test
    void an_unconfigured_bank_link_names_itself_and_the_variables_to_set() {
        BankLinking plaid = BankLinking.notConfigured("plaid", "Plaid bank linking",
                List.of("PLAID_CLIENT_ID", "PLAID_SECRET"));
        BankLinkProvider provider = plaid.provider();
        assertThat(provider.name()).isEqualTo("plaid");
        assertThatThrownBy(() -> provider.createLinkToken(UUID.randomUUID()))
                .isInstanceOfSatisfying(ProviderNotConfigured.class, e -> assertThat(e.getMessage())
                        .contains("Plaid bank linking").contains("PLAID_CLIENT_ID").contains("PLAID_SECRET"));
        assertThatThrownBy(() -> plaid.webhooks().verify(new byte[0], "sig"))
                .isInstanceOf(ProviderNotConfigured.class);
    }
}
