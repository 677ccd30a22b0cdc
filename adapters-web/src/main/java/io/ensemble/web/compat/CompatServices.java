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
 * need (account names, profile pictures) and the auth rate limit the native auth routes spend; sign-in by
 * texted code and by Google/Apple ID token for the Influmojo dialect's auth routes (issue 23 §6); the team
 * chat, meetings, member payouts, notices and {@code agency} (applications, members, tasks) for the Idyll
 * dialect (issue 22); the profile, details, discovery and marketplace use cases for the Influmojo dialect
 * (issue 23 §6).
 */
public record CompatServices(SignupService signups, SessionService sessions, AuthRateLimits authLimits,
                             FindUsers users, FindProfiles profiles, MessagingService chat, BankingService banking,
                             SocialLinkService social, MediaService media, EventService events, EventFinder eventFinder,
                             RsvpService rsvps, io.ensemble.identity.PhoneSignIn phones,
                             io.ensemble.identity.FederatedSignIn federated, io.ensemble.messaging.TeamChat teamChat,
                             io.ensemble.agency.MeetingService meetings,
                             io.ensemble.agency.MemberPayoutService memberPayouts,
                             io.ensemble.agency.AgencyNoticeService agencyNotices,
                             io.ensemble.notifications.NotificationService notifications,
                             io.ensemble.web.agency.AgencyRoutes agency,
                             io.ensemble.profiles.ProfileService profileService,
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
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(federated, "federated");
        Objects.requireNonNull(teamChat, "teamChat");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(memberPayouts, "memberPayouts");
        Objects.requireNonNull(agencyNotices, "agencyNotices");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(profileService, "profileService");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(packages, "packages");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(reviews, "reviews");
    }
}
