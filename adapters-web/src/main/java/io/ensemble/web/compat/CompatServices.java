package io.ensemble.web.compat;

import io.ensemble.banking.BankingService;
import io.ensemble.events.EventFinder;
import io.ensemble.events.EventService;
import io.ensemble.events.RsvpService;
import io.ensemble.identity.FindUsers;
import io.ensemble.identity.SessionService;
import io.ensemble.identity.SignupService;
import io.ensemble.media.MediaService;
import io.ensemble.messaging.MessagingService;
import io.ensemble.profiles.FindProfiles;
import io.ensemble.social.SocialLinkService;
import io.ensemble.web.ratelimit.AuthRateLimits;
import java.util.Objects;

/**
 * The use cases a client profile's routes translate onto: the very services the native routes call
 * (DESIGN §Client profiles: never a second copy of business rules), plus the read ports its bodies
 * need (account names, profile pictures) and the auth rate limit the native auth routes spend; the
 * profile, details, discovery and marketplace use cases for the Influmojo dialect (issue 23 §6).
 */
public record CompatServices(SignupService signups, SessionService sessions, AuthRateLimits authLimits,
                             FindUsers users, FindProfiles profiles, MessagingService chat, BankingService banking,
                             SocialLinkService social, MediaService media, EventService events, EventFinder eventFinder,
                             RsvpService rsvps, io.ensemble.profiles.ProfileService profileService,
                             io.ensemble.profiles.ProfileDetailsService details,
                             io.ensemble.discovery.DiscoveryService discovery,
                             io.ensemble.marketplace.PackageService packages, io.ensemble.marketplace.OrderService orders,
                             io.ensemble.marketplace.OrderLifecycle lifecycle,
                             io.ensemble.marketplace.ReviewService reviews) {
    /** @throws NullPointerException when a component is null */
    public CompatServices {
        Objects.requireNonNull(signups, "signups");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(authLimits, "authLimits");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(banking, "banking");
        Objects.requireNonNull(social, "social");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(eventFinder, "eventFinder");
        Objects.requireNonNull(rsvps, "rsvps");
        Objects.requireNonNull(profileService, "profileService");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(packages, "packages");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(reviews, "reviews");
    }
}
