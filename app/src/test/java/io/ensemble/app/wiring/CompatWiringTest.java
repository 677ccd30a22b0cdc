package io.ensemble.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.web.compat.ClientProfile;
import io.ensemble.web.compat.ProfileModule;
import io.ensemble.web.compat.idyll.IdyllModule;
import io.ensemble.web.compat.influmojo.InflumojoModule;
import io.ensemble.web.compat.sioree.SioreeModule;
import org.junit.jupiter.api.Test;

/** The client profile setting and its one registration point (DESIGN §Client profiles, issue 21 §4). */
class CompatWiringTest {
    @Test
    void config_values_parse_in_any_case_and_blank_is_none() {
        assertThat(ClientProfile.parse("sioree")).isEqualTo(ClientProfile.SIOREE);
        assertThat(ClientProfile.parse(" SIOREE ")).isEqualTo(ClientProfile.SIOREE);
        assertThat(ClientProfile.parse("")).isEqualTo(ClientProfile.NONE);
        assertThat(ClientProfile.parse("none")).isEqualTo(ClientProfile.NONE);
        assertThatThrownBy(() -> ClientProfile.parse("beautiful_encer"))
                .hasMessageContaining("none, sioree, influmojo, idyll");
    }

    @Test
    void each_profile_has_its_module() {
        assertThat(CompatWiring.module(ClientProfile.NONE)).isSameAs(ProfileModule.NONE);
        assertThat(CompatWiring.module(ClientProfile.SIOREE)).isInstanceOf(SioreeModule.class);
        assertThat(CompatWiring.module(ClientProfile.INFLUMOJO)).isInstanceOf(InflumojoModule.class);
        assertThat(CompatWiring.module(ClientProfile.IDYLL)).isInstanceOf(IdyllModule.class);
    }
}
