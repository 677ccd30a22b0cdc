package io.ensemble.profiles;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.identity.FindUsers;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Profiles and onboarding use cases (issue 5 §1; seeds/001 §Onboarding and §Profile, seeds/002
 * creator/brand fields, seeds/000 host/partier/talent fields). Authorization is decided here: each
 * onboarding route is for one role only, and other users see only {@link PublicProfile}.
 * Onboarding methods take the command as a {@link Supplier} and build it (which validates the
 * body) only after the role check, so a caller of the wrong role gets 403 whatever the body.
 */
public final class ProfileService {
    /** Role-specific update fields and the roles they apply to. */
    private static final Map<String, Set<Role>> ROLE_FIELDS = Map.of(
            "businessName", Set.of(Role.SALON, Role.BRAND),
            "description", Set.of(Role.SALON, Role.BRAND),
            "address", Set.of(Role.SALON),
            "industry", Set.of(Role.BRAND),
            "minRate", Set.of(Role.CREATOR, Role.INFLUENCER),
            "maxRate", Set.of(Role.CREATOR, Role.INFLUENCER),
            "availability", Set.of(Role.CREATOR, Role.INFLUENCER),
            "budgetMin", Set.of(Role.BRAND),
            "budgetMax", Set.of(Role.BRAND));

    private final ProfileRepository profiles;
    private final CategoryRepository categories;
    private final FindUsers users;
    private final Transactions transactions;
    private final io.ensemble.shared.outbox.Outbox outbox;
    private final io.ensemble.shared.ids.IdGenerator ids;
    private final Clock clock;

    /** Wires the use cases to their ports. */
    public ProfileService(ProfileRepository profiles, CategoryRepository categories, FindUsers users,
                          Transactions transactions, Clock clock, io.ensemble.shared.outbox.Outbox outbox,
                          io.ensemble.shared.ids.IdGenerator ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.categories = Objects.requireNonNull(categories, "categories");
        this.users = Objects.requireNonNull(users, "users");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the managed category list ({@code GET /api/v1/categories}), ordered by slug */
    public List<Category> categories() {
        return categories.all();
    }

    /**
     * Completes an influencer's profile and sets {@code onboardingCompleted}.
     *
     * @return the caller's updated profile
     * @throws Forbidden when the caller is not an INFLUENCER
     * @throws ValidationFailed from building the command, or naming {@code categories} for a slug not in the managed list
     */
    public OwnProfile onboardInfluencer(Caller caller, Supplier<InfluencerOnboarding> command) {
        return onboard(caller, Role.INFLUENCER, command,
                (cmd, b) -> b.person(cmd.bio(), cmd.region(), cmd.city(), cmd.languages()));
    }

    /**
     * Completes a salon's profile and sets {@code onboardingCompleted}.
     *
     * @throws Forbidden when the caller is not a SALON
     * @throws ValidationFailed naming {@code categories} for an unknown slug
     */
    public OwnProfile onboardSalon(Caller caller, Supplier<SalonOnboarding> command) {
        return onboard(caller, Role.SALON, command, (cmd, b) -> {
            b.businessName = cmd.businessName();
            b.description = cmd.description();
            b.region = cmd.region();
            b.address = cmd.address();
            b.website = cmd.website();
        });
    }

    /**
     * Completes a creator's profile (seeds/002) and sets {@code onboardingCompleted}.
     *
     * @throws Forbidden when the caller is not a CREATOR
     * @throws ValidationFailed naming {@code categories} for an unknown slug
     */
    public OwnProfile onboardCreator(Caller caller, Supplier<CreatorOnboarding> command) {
        return onboard(caller, Role.CREATOR, command, (cmd, b) -> {
            b.person(cmd.bio(), cmd.region(), cmd.city(), cmd.languages());
            b.rates = cmd.rates();
            b.availability = cmd.availability();
        });
    }

    /**
     * Completes a brand's profile (seeds/002) and sets {@code onboardingCompleted}.
     *
     * @throws Forbidden when the caller is not a BRAND
     * @throws ValidationFailed naming {@code categories} for an unknown slug
     */
    public OwnProfile onboardBrand(Caller caller, Supplier<BrandOnboarding> command) {
        return onboard(caller, Role.BRAND, command, (cmd, b) -> {
            b.businessName = cmd.company();
            b.industry = cmd.industry();
            b.description = cmd.description();
            b.website = cmd.website();
            b.region = cmd.region();
            b.city = cmd.city();
            b.budget = cmd.budget();
        });
    }

    /**
     * @return the caller's own profile with email and private fields; a blank, not-onboarded one
     *     when nothing was saved yet
     * @throws NotFound when the account no longer exists
     */
    public OwnProfile me(Caller caller) {
        return transactions.inTransaction(() -> {
            User user = account(caller.userId());
            return new OwnProfile(current(user), user.email());
        });
    }

    /**
     * Applies a partial update to the caller's profile.
     *
     * @return the updated profile
     * @throws ValidationFailed when a sent role-specific field does not apply to the caller's role,
     *     or a category slug is unknown
     * @throws io.ensemble.shared.errors.Conflict {@code USERNAME_TAKEN} when the username is taken (any case)
     */
    public OwnProfile update(Caller caller, ProfileUpdate cmd) {
        List<FieldError> wrongRole = new ArrayList<>();
        for (String field : cmd.sentFields()) {
            if (!ROLE_FIELDS.get(field).contains(caller.role())) {
                wrongRole.add(new FieldError(field, "does not apply to " + caller.role() + " profiles"));
            }
        }
        if (!wrongRole.isEmpty()) {
            throw new ValidationFailed(wrongRole);
        }
        return save(caller, cmd.categories(), b -> {
            b.displayName = orElse(cmd.displayName(), b.displayName);
            b.username = orElse(cmd.username(), b.username);
            b.bio = orElse(cmd.bio(), b.bio);
            b.avatarUrl = orElse(cmd.avatarUrl(), b.avatarUrl);
            b.phone = orElse(cmd.phone(), b.phone);
            b.region = orElse(cmd.region(), b.region);
            b.city = orElse(cmd.city(), b.city);
            b.categories = orElse(cmd.categories(), b.categories);
            b.languages = orElse(cmd.languages(), b.languages);
            b.website = orElse(cmd.website(), b.website);
            b.businessName = orElse(cmd.businessName(), b.businessName);
            b.description = orElse(cmd.description(), b.description);
            b.address = orElse(cmd.address(), b.address);
            b.industry = orElse(cmd.industry(), b.industry);
            if (cmd.minRate() != null) {
                b.rates = cmd.rates();
            }
            if (cmd.budgetMin() != null) {
                b.budget = cmd.budget();
            }
            if (cmd.availability() != null) {
                b.availability = Availability.parse(cmd.availability());
            }
        });
    }

    /**
     * Another user's public profile ({@code GET /api/v1/profile/:userId}).
     *
     * @param viewer the signed-in caller (any role)
     * @return the public fields only; a blank profile when the user never saved one
     * @throws NotFound when the user does not exist or is suspended
     */
    public PublicProfile view(Caller viewer, UUID userId) {
        Objects.requireNonNull(viewer, "viewer");
        return transactions.inTransaction(() -> {
            User user = users.findById(userId).filter(User::active)
                    .filter(u -> !profiles.blockedEitherWay(viewer.userId(), userId))
                    .orElseThrow(() -> new NotFound("No such user."));
            return PublicProfile.of(current(user));
        });
    }

    /** Checks the role before building the command (403 whatever the body), then saves the completed profile. */
    private <T extends Onboarding> OwnProfile onboard(Caller caller, Role role, Supplier<T> command,
                                                      BiConsumer<T, Profile.Builder> fields) {
        requireRole(caller, role);
        T cmd = command.get();
        return save(caller, cmd.categories(), b -> {
            fields.accept(cmd, b);
            b.categories = cmd.categories();
            b.onboardingCompleted = true;
        });
    }

    /**
     * In one transaction: loads the caller's profile (blank when none), checks {@code slugs} against
     * the managed list unless null, applies {@code edit}, stamps {@code updatedAt} and saves.
     */
    private OwnProfile save(Caller caller, List<String> slugs, Profile.Edit edit) {
        return transactions.inTransaction(() -> {
            User user = account(caller.userId());
            if (slugs != null) {
                requireKnownCategories(slugs);
            }
            Profile next = current(user).with(b -> {
                edit.apply(b);
                b.updatedAt = clock.instant();
            });
            profiles.save(next);
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(), new ProfileEvent.Updated(
                    next.userId(), next.role().name(), next.updatedAt()),
                    next.updatedAt()));
            return new OwnProfile(next, user.email());
        });
    }

    private static void requireRole(Caller caller, Role role) {
        if (!caller.is(role)) {
            throw new Forbidden("This onboarding is for " + role + " accounts only.");
        }
    }

    private void requireKnownCategories(List<String> slugs) {
        if (slugs.isEmpty()) {
            return;
        }
        Set<String> known = categories.existing(slugs);
        List<String> unknown = slugs.stream().filter(s -> !known.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new ValidationFailed(List.of(new FieldError("categories",
                    "unknown category: " + String.join(", ", unknown) + " (see GET /api/v1/categories)")));
        }
    }

    private User account(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFound("No such account."));
    }

    private Profile current(User user) {
        Instant now = clock.instant();
        return profiles.find(user.id()).orElseGet(() -> Profile.blank(user.id(), user.role(), user.name(), now));
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
