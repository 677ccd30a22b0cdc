package io.ensemble.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 23 §5: formats of the seeds/002 profile fields, the derived age and the account standing. */
class ProfileDetailsUpdateTest {
    private static ProfileDetailsUpdate of(String timezone, String language, String gender, String dob, Integer step,
                                           String pincode) {
        return new ProfileDetailsUpdate(null, null, null, timezone, language, gender, dob, step, null, null, null,
                pincode);
    }

    @Test
    void valid_values_are_normalised() {
        ProfileDetailsUpdate u = of(" Europe/Paris ", "pt-br", "Female", "2001-02-03", 0, "SW1A 1AA");
        assertThat(u.timezone()).isEqualTo("Europe/Paris");
        assertThat(u.language()).isEqualTo("pt-BR");
        assertThat(u.gender()).isEqualTo("female");
        assertThat(u.birthDate()).contains(LocalDate.of(2001, 2, 3));
        assertThat(of("UTC", "", "", "", null, "").birthDate()).isEmpty();
    }

    @Test
    void bad_formats_name_each_field() {
        assertThatThrownBy(() -> of("+02:00", "not a tag", "robot", "2001-13-01", 51, "!"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors().stream()
                        .map(FieldError::field).toList()).containsExactly("timezone", "language", "gender",
                        "dateOfBirth", "onboardingStep", "pincode"));
        assertThatThrownBy(() -> new ProfileDetailsUpdate(null, null, "ftp://x", null, null, null, null, null,
                List.of("x"), null, null, null)).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void age_is_whole_years_and_standing_follows_the_account_and_onboarding() {
        ProfileDetails d = ProfileDetails.blank(UUID.randomUUID(), Instant.EPOCH);
        assertThat(d.age(LocalDate.of(2026, 1, 1))).isEmpty();
        ProfileDetails born = new ProfileDetails(d.userId(), "", "", "", "", "", "", Optional.of(LocalDate.of(2000, 6, 1)),
                0, List.of(), "", "", "", Instant.EPOCH);
        assertThat(born.age(LocalDate.of(2026, 5, 31))).contains(25);
        assertThat(born.age(LocalDate.of(2026, 6, 1))).contains(26);
        assertThat(AccountStanding.of(AccountStatus.ACTIVE, false)).isEqualTo(AccountStanding.PENDING);
        assertThat(AccountStanding.of(AccountStatus.ACTIVE, true).wireName()).isEqualTo("active");
        assertThat(AccountStanding.of(AccountStatus.SUSPENDED, true)).isEqualTo(AccountStanding.SUSPENDED);
    }
}
