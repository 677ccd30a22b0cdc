package io.ensemble.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.identity.fakes.InMemoryUserRepository;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.testing.DirectTransactions;
import io.ensemble.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Profile use cases against in-memory ports (issue 5 §1). */
class ProfileServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final ProfileService service = new ProfileService(profiles, profiles, users, new DirectTransactions(),
            new MutableClock(NOW), new io.ensemble.notifications.InMemoryOutbox(), new io.ensemble.testing.SequentialIdGenerator());

    private Caller account(Role role, AccountStatus status) {
        UUID id = UUID.randomUUID();
        users.create(new User(id, id + "@example.com", "Name " + role, role, status, true, "h", NOW, NOW));
        return new Caller(id, role, UUID.randomUUID());
    }

    private Caller account(Role role) {
        return account(role, AccountStatus.ACTIVE);
    }

    private static ProfileUpdate update(String username, String phone) {
        return new ProfileUpdate(null, username, null, null, phone, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    @Test
    void influencer_onboarding_saves_fields_and_marks_onboarding_completed() {
        Caller c = account(Role.INFLUENCER);
        OwnProfile own = service.onboardInfluencer(c,
                () -> new InfluencerOnboarding(" bio ", List.of("Hair", "hair", "music"), "Lagos", null, null));
        assertThat(own.profile().onboardingCompleted()).isTrue();
        assertThat(own.profile().bio()).isEqualTo("bio");
        assertThat(own.profile().categories()).containsExactly("hair", "music");
        assertThat(own.email()).isEqualTo(c.userId() + "@example.com");
        assertThat(profiles.find(c.userId())).contains(own.profile());
    }

    @Test
    void wrong_role_is_forbidden_before_the_body_is_even_validated() {
        Caller salon = account(Role.SALON);
        assertThatThrownBy(() -> service.onboardInfluencer(salon, () -> {
            throw new AssertionError("command must not be built");
        })).isInstanceOf(Forbidden.class);
        assertThat(profiles.size()).isZero();
    }

    @Test
    void unknown_category_fails_validation_naming_categories_and_saves_nothing() {
        Caller c = account(Role.SALON);
        assertThatThrownBy(() -> service.onboardSalon(c,
                () -> new SalonOnboarding("Glow", null, List.of("hair", "knitting"), "Accra", null, null)))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("categories"));
        assertThat(profiles.size()).isZero();
    }

    @Test
    void brand_company_becomes_the_business_name_and_budget_is_kept_private() {
        Caller c = account(Role.BRAND);
        service.onboardBrand(c, () -> BrandOnboarding.of("Acme", "Cosmetics", null, "https://acme.example.com",
                List.of("beauty"), "Nairobi", null, 100L, 900L, "kes"));
        PublicProfile seen = service.view(account(Role.CREATOR), c.userId());
        assertThat(seen.businessName()).isEqualTo("Acme");
        assertThat(service.me(c).profile().budget()).contains(new MoneyRange(100, 900, "KES"));
        assertThat(PublicProfile.class.getRecordComponents()).extracting(rc -> rc.getName())
                .doesNotContain("budget", "phone", "email");
    }

    @Test
    void me_without_a_saved_profile_is_blank_and_not_onboarded() {
        Caller c = account(Role.HOST);
        Profile p = service.me(c).profile();
        assertThat(p.onboardingCompleted()).isFalse();
        assertThat(p.displayName()).isEqualTo("Name HOST");
        assertThat(profiles.size()).isZero();
    }

    @Test
    void view_of_unknown_or_suspended_user_is_not_found() {
        Caller viewer = account(Role.SALON);
        Caller suspended = account(Role.INFLUENCER, AccountStatus.SUSPENDED);
        assertThatThrownBy(() -> service.view(viewer, UUID.randomUUID())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.view(viewer, suspended.userId())).isInstanceOf(NotFound.class);
    }

    @Test
    void update_keeps_unsent_fields_and_refuses_fields_of_other_roles() {
        Caller c = account(Role.TALENT);
        service.update(c, update("nova", "+14155550123"));
        Profile p = service.update(c, update(null, null)).profile();
        assertThat(p.username()).isEqualTo("nova");
        assertThat(p.phone()).isEqualTo("+14155550123");
        ProfileUpdate industry = new ProfileUpdate(null, null, null, null, null, null, null, null, null, null, null,
                null, null, "Cosmetics", null, null, null, null, null, null);
        assertThatThrownBy(() -> service.update(c, industry))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("industry"));
    }

    @Test
    void username_clash_in_another_case_is_a_conflict() {
        service.update(account(Role.PARTIER), update("Nova", null));
        Caller other = account(Role.PARTIER);
        assertThatThrownBy(() -> service.update(other, update("nova", null))).isInstanceOf(Conflict.class);
    }
}
