package io.ensemble.web.compat.influmojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.ensemble.identity.User;
import io.ensemble.profiles.AccountDetails;
import io.ensemble.profiles.Profile;
import io.ensemble.profiles.ProfileDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Seeds/002's {@code User} and {@code CreatorProfile}/{@code BrandProfile} models as the dialect answers them (issue 23 §6). */
final class InflumojoUsers {
    private InflumojoUsers() {
    }

    /**
     * The Prisma {@code User}: {@code user_type} creator|brand|agent|admin, {@code status}
     * pending|active|suspended|banned; {@code date_of_birth}, {@code age} and {@code last_online_at}
     * are left out when unknown.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UserModel(String id, String email, String userType, String name, String firstName, String lastName,
                     String profileImageUrl, String coverImageUrl, String timezone, String language, String gender,
                     @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate dateOfBirth,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer age, String status,
                     boolean onboardingCompleted, int onboardingStep, @JsonProperty("is_online") boolean isOnline,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Instant lastOnlineAt, Instant createdAt,
                     Instant updatedAt) {
        static UserModel of(User user, Profile profile, AccountDetails details) {
            ProfileDetails d = details.details();
            return new UserModel(user.id().toString(), user.email(), user.role().name().toLowerCase(Locale.ROOT),
                    profile.displayName(), d.firstName(), d.lastName(), profile.avatarUrl(), d.coverImage(),
                    d.timezone(), d.language(), d.gender(), d.dateOfBirth().orElse(null), details.age().orElse(null),
                    details.status().wireName(), profile.onboardingCompleted(), d.onboardingStep(), details.online(),
                    details.lastOnlineAt().orElse(null), user.createdAt(),
                    later(user.updatedAt(), later(profile.updatedAt(), d.updatedAt())));
        }
    }

    /** The creator's or brand's profile: the fields of {@code CreatorProfile} and {@code BrandProfile} (the other role's stay empty). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ProfileModel(String userId, String bio, String locationCity, String locationState, String locationPincode,
                        List<String> contentCategories, List<String> languages, List<String> industries,
                        String industry, String roleInOrganization, String businessType, String companyName,
                        String websiteUrl, boolean verified, boolean featured, double rating,
                        int totalCollaborations) {
        static ProfileModel of(Profile p, ProfileDetails d) {
            return new ProfileModel(p.userId().toString(), p.bio(), p.city(), p.region(), d.pincode(), p.categories(),
                    p.languages(), d.industries(), p.industry(), d.roleInOrganisation(), d.businessType(),
                    p.businessName(), p.website(), p.verified(), p.featured(), p.rating(), p.totalCollaborations());
        }
    }

    /** {@code {user, profile}}: the answer of the profile updates. */
    record Me(UserModel user, ProfileModel profile) {
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
