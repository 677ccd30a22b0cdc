package io.ensemble.notifications;

import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.testing.DirectTransactions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {
    private final InMemoryPreferences store = new InMemoryPreferences();
    private final NotificationPreferenceService service = new NotificationPreferenceService(store, new DirectTransactions());
    private final Caller ada = new Caller(UUID.randomUUID(), Role.INFLUENCER, UUID.randomUUID());
    private final Caller eve = new Caller(UUID.randomUUID(), Role.SALON, UUID.randomUUID());

    private static ChannelSwitches email(boolean on) {
        return new ChannelSwitches(Optional.empty(), Optional.of(on), Optional.empty());
    }

    @Test
    void every_type_defaults_to_every_channel() {
        NotificationPreferences p = service.preferences(ada);

        assertThat(p.byType()).containsOnlyKeys(NotificationType.values());
        assertThat(p.byType().values()).allMatch(c -> c.equals(ChannelChoice.ALL));
    }

    @Test
    void an_update_changes_only_the_named_switches_of_the_named_types_of_the_caller() {
        service.updatePreferences(ada, UpdateNotificationPreferences.parse(Map.of("NEW_MESSAGE", email(false))));
        NotificationPreferences p = service.updatePreferences(ada, UpdateNotificationPreferences.parse(
                Map.of("NEW_MESSAGE", new ChannelSwitches(Optional.empty(), Optional.empty(), Optional.of(false)))));

        assertThat(p.choiceFor(NotificationType.NEW_MESSAGE)).isEqualTo(new ChannelChoice(true, false, false));
        assertThat(p.choiceFor(NotificationType.CONNECTION_REQUEST)).isEqualTo(ChannelChoice.ALL);
        assertThat(service.preferences(eve).choiceFor(NotificationType.NEW_MESSAGE)).isEqualTo(ChannelChoice.ALL);
    }

    @Test
    void unknown_types_empty_switches_and_empty_bodies_are_field_errors() {
        Map<String, ChannelSwitches> bad = new HashMap<>();
        bad.put("BIRTHDAY", email(true));
        bad.put("CONNECTION_REQUEST", new ChannelSwitches(Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(invalidFields(() -> UpdateNotificationPreferences.parse(bad)))
                .containsExactlyInAnyOrder("preferences.BIRTHDAY", "preferences.CONNECTION_REQUEST");
        assertThat(invalidFields(() -> UpdateNotificationPreferences.parse(Map.of()))).containsExactly("preferences");
        assertThat(invalidFields(() -> UpdateNotificationPreferences.parse(null))).containsExactly("preferences");
    }

    @Test
    void device_registration_validates_token_and_platform() {
        assertThat(invalidFields(() -> RegisterDevice.parse(" ", "android"))).containsExactly("token");
        assertThat(invalidFields(() -> RegisterDevice.parse("a b", "ANDROID"))).containsExactly("token");
        assertThat(invalidFields(() -> RegisterDevice.parse("x".repeat(4097), "ios"))).containsExactly("token");
        assertThat(invalidFields(() -> RegisterDevice.parse("tok", "blackberry"))).containsExactly("platform");
        assertThat(RegisterDevice.parse(" tok ", "web")).isEqualTo(new RegisterDevice("tok", DevicePlatform.WEB));
    }
}
