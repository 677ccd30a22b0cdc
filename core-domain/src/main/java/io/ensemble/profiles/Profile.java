package io.ensemble.profiles;

import io.ensemble.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's profile: one per account, keyed by the user id. One record serves every role
 * (influencer and salon, seeds/001; creator and brand, seeds/002; host/partier/talent, seeds/000):
 * common fields plus role-specific ones that stay empty for other roles. Text fields are never
 * null; the empty string means "not set".
 *
 * <p>Private fields, never shown to other users: {@code phone} and {@code budget} (and the
 * account's email, which lives in identity). See {@link PublicProfile}.
 *
 * @param displayName person's name (host/partier/talent/influencer/creator) — defaults to the account name
 * @param username public handle, unique case-insensitively; empty when not chosen
 * @param businessName salon business name or brand company
 * @param rates creator's rate range in minor units (seeds/002 minRate/maxRate)
 * @param budget brand's budget range in minor units (private)
 * @param rating average review rating 0..5, maintained by the marketplace
 */
public record Profile(
        UUID userId,
        Role role,
        String displayName,
        String username,
        String bio,
        String avatarUrl,
        String phone,
        String region,
        String city,
        List<String> categories,
        List<String> languages,
        String website,
        String businessName,
        String description,
        String address,
        String industry,
        Optional<MoneyRange> rates,
        Optional<Availability> availability,
        Optional<MoneyRange> budget,
        boolean verified,
        boolean featured,
        double rating,
        int totalCollaborations,
        boolean onboardingCompleted,
        Instant createdAt,
        Instant updatedAt) {

    /** @throws NullPointerException when a component is null */
    public Profile {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(bio, "bio");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(city, "city");
        categories = List.copyOf(categories);
        languages = List.copyOf(languages);
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** @return an empty, not-onboarded profile for a user who has none yet */
    public static Profile blank(UUID userId, Role role, String displayName, Instant now) {
        return new Profile(userId, role, displayName, "", "", "", "", "", "", List.of(), List.of(), "", "", "", "",
                "", Optional.empty(), Optional.empty(), Optional.empty(), false, false, 0, 0, false, now, now);
    }

    /** @return a copy with the given fields replaced (builder-style helper for use cases) */
    Profile with(Edit edit) {
        Builder b = new Builder(this);
        edit.apply(b);
        return b.build();
    }

    /** A change applied to a {@link Builder}. */
    @FunctionalInterface
    interface Edit {
        void apply(Builder b);
    }

    /** Mutable copy used only inside the use cases to produce a new immutable record. */
    static final class Builder {
        UUID userId;
        Role role;
        String displayName;
        String username;
        String bio;
        String avatarUrl;
        String phone;
        String region;
        String city;
        List<String> categories;
        List<String> languages;
        String website;
        String businessName;
        String description;
        String address;
        String industry;
        Optional<MoneyRange> rates;
        Optional<Availability> availability;
        Optional<MoneyRange> budget;
        boolean verified;
        boolean featured;
        double rating;
        int totalCollaborations;
        boolean onboardingCompleted;
        Instant createdAt;
        Instant updatedAt;

        Builder(Profile p) {
            userId = p.userId;
            role = p.role;
            displayName = p.displayName;
            username = p.username;
            bio = p.bio;
            avatarUrl = p.avatarUrl;
            phone = p.phone;
            region = p.region;
            city = p.city;
            categories = p.categories;
            languages = p.languages;
            website = p.website;
            businessName = p.businessName;
            description = p.description;
            address = p.address;
            industry = p.industry;
            rates = p.rates;
            availability = p.availability;
            budget = p.budget;
            verified = p.verified;
            featured = p.featured;
            rating = p.rating;
            totalCollaborations = p.totalCollaborations;
            onboardingCompleted = p.onboardingCompleted;
            createdAt = p.createdAt;
            updatedAt = p.updatedAt;
        }

        /** Sets the person fields that influencer and creator onboarding share. */
        void person(String bio, String region, String city, List<String> languages) {
            this.bio = bio;
            this.region = region;
            this.city = city;
            this.languages = languages;
        }

        Profile build() {
            return new Profile(userId, role, displayName, username, bio, avatarUrl, phone, region, city, categories,
                    languages, website, businessName, description, address, industry, rates, availability, budget,
                    verified, featured, rating, totalCollaborations, onboardingCompleted, createdAt, updatedAt);
        }
    }
}
