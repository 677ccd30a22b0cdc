package io.ensemble.app.wiring;

import io.ensemble.persistence.audit.JdbiAuditRepository;
import io.ensemble.persistence.banking.JdbiBankAccountRepository;
import io.ensemble.persistence.connections.JdbiConnectionRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiTransactions;
import io.ensemble.persistence.discovery.JdbiDiscoveryRepository;
import io.ensemble.persistence.events.JdbiEventRepository;
import io.ensemble.persistence.events.JdbiEventSearchRepository;
import io.ensemble.persistence.events.JdbiRsvpRepository;
import io.ensemble.persistence.idempotency.JdbiIdempotencyKeys;
import io.ensemble.persistence.identity.JdbiOneTimeCodeRepository;
import io.ensemble.persistence.identity.JdbiResetRequestQueue;
import io.ensemble.persistence.identity.JdbiSessionRepository;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.persistence.jobs.JdbiJobRunLog;
import io.ensemble.persistence.keys.JdbiEncryptedColumns;
import io.ensemble.persistence.keys.JdbiSharedKeys;
import io.ensemble.persistence.marketplace.JdbiCreatorStats;
import io.ensemble.persistence.marketplace.JdbiOrderRepository;
import io.ensemble.persistence.marketplace.JdbiPackageRepository;
import io.ensemble.persistence.marketplace.JdbiReviewRepository;
import io.ensemble.persistence.media.JdbiMediaRepository;
import io.ensemble.persistence.messaging.JdbiContactDirectory;
import io.ensemble.persistence.messaging.JdbiConversationRepository;
import io.ensemble.persistence.messaging.JdbiMessageRepository;
import io.ensemble.persistence.moderation.JdbiReportRepository;
import io.ensemble.persistence.connections.JdbiConnectionStatistics;
import io.ensemble.persistence.identity.JdbiAccountStatistics;
import io.ensemble.persistence.marketplace.JdbiOrderStatistics;
import io.ensemble.persistence.messaging.JdbiMessageStatistics;
import io.ensemble.persistence.payments.JdbiPaymentStatistics;
import io.ensemble.persistence.notifications.JdbiDeliveryQueue;
import io.ensemble.persistence.notifications.JdbiNotificationRepository;
import io.ensemble.persistence.notifications.JdbiOutboxBacklog;
import io.ensemble.persistence.notifications.JdbiPreferenceRepository;
import io.ensemble.persistence.notifications.JdbiPushDevices;
import io.ensemble.persistence.notifications.JdbiRecipientAddresses;
import io.ensemble.persistence.outbox.JdbiOutbox;
import io.ensemble.persistence.payments.JdbiPaymentProviderUpdates;
import io.ensemble.persistence.payments.JdbiPaymentRepository;
import io.ensemble.persistence.payments.JdbiPayoutAccountRepository;
import io.ensemble.persistence.payments.JdbiPayoutRepository;
import io.ensemble.persistence.profiles.JdbiCategoryRepository;
import io.ensemble.persistence.profiles.JdbiCollaborationPreferencesRepository;
import io.ensemble.persistence.profiles.JdbiProfileRepository;
import io.ensemble.persistence.social.JdbiOAuthStateRepository;
import io.ensemble.persistence.social.JdbiScrapeCache;
import io.ensemble.persistence.social.JdbiSocialAccountRepository;
import io.ensemble.persistence.social.JdbiSocialStatsRepository;
import io.ensemble.persistence.social.JdbiStatsSnapshotRepository;
import io.ensemble.persistence.social.JdbiSyncAttempts;
import io.ensemble.persistence.webhooks.JdbiWebhookEvents;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Every PostgreSQL adapter, each built once over one {@link Jdbi}, grouped by the context that owns
 * it; shared by the server's wirings and the CLI commands. The adapters hold no state but the
 * handles, so building them all costs nothing a command would notice.
 */
public final class Persistence {
    // shared kernel
    public final JdbiHandles handles;
    public final JdbiTransactions transactions;
    public final JdbiOutbox outbox;
    public final JdbiOutboxBacklog outboxBacklog;
    public final JdbiIdempotencyKeys idempotencyKeys;
    public final JdbiWebhookEvents webhookEvents;
    public final JdbiSharedKeys sharedKeys;
    public final JdbiEncryptedColumns encryptedColumns;
    public final JdbiJobRunLog jobRuns;
    // identity
    public final JdbiUserRepository users;
    public final JdbiOneTimeCodeRepository codes;
    public final JdbiSessionRepository sessions;
    public final JdbiResetRequestQueue resetRequests;
    public final io.ensemble.persistence.identity.JdbiPhoneAccounts phoneAccounts;
    // profiles and discovery
    public final JdbiProfileRepository profiles;
    public final JdbiCategoryRepository categories;
    public final JdbiCollaborationPreferencesRepository collaborationPreferences;
    /** Seeds/002 profile details (issue 23 §5). */
    public final io.ensemble.persistence.profiles.JdbiProfileDetailsRepository profileDetails;
    public final JdbiDiscoveryRepository discovery;
    // social
    public final JdbiSocialStatsRepository socialStats;
    public final JdbiSocialAccountRepository socialAccounts;
    public final JdbiStatsSnapshotRepository statsSnapshots;
    public final JdbiOAuthStateRepository oauthStates;
    public final JdbiScrapeCache scrapeCache;
    public final JdbiSyncAttempts syncAttempts;
    // connections and messaging
    public final JdbiConnectionRepository connections;
    public final JdbiConversationRepository conversations;
    /** The agency team room (issue 22 §1). */
    public final io.ensemble.persistence.messaging.JdbiTeamRoomRepository teamRooms;
    public final JdbiMessageRepository messages;
    public final JdbiContactDirectory contacts;
    // blocks, delivery receipts and message search (issue 27)
    public final io.ensemble.persistence.blocks.JdbiBlockRepository blocks;
    public final io.ensemble.persistence.messaging.JdbiDeliveryRepository messageDeliveries;
    public final io.ensemble.persistence.messaging.JdbiMessageSearch messageSearch;
    public final io.ensemble.persistence.blocks.BlocksPersonalData blocksPersonalData;
    // notifications
    public final JdbiNotificationRepository notifications;
    public final JdbiPreferenceRepository preferences;
    public final JdbiDeliveryQueue deliveries;
    public final JdbiPushDevices pushDevices;
    public final JdbiRecipientAddresses recipientAddresses;
    // media
    public final JdbiMediaRepository media;
    // marketplace
    public final JdbiOrderRepository orders;
    public final JdbiPackageRepository packages;
    public final JdbiReviewRepository reviews;
    public final JdbiCreatorStats creatorStats;
    // events
    public final JdbiEventRepository events;
    public final JdbiEventSearchRepository eventSearch;
    public final JdbiRsvpRepository rsvps;
    public final io.ensemble.persistence.events.JdbiTicketRepository tickets;
    public final io.ensemble.persistence.events.JdbiAttendeeRepository attendees;
    public final io.ensemble.persistence.events.JdbiReminderRepository eventReminders;
    // payments and banking
    public final JdbiPaymentRepository payments;
    public final JdbiPayoutRepository payouts;
    public final JdbiPayoutAccountRepository payoutAccounts;
    public final JdbiPaymentProviderUpdates paymentProviderUpdates;
    public final JdbiBankAccountRepository bankAccounts;

    // audit trail
    public final JdbiAuditRepository audit;
    // integrators (issue 26)
    public final io.ensemble.persistence.feed.JdbiFeedRepository feed;
    public final io.ensemble.persistence.hooks.JdbiWebhookEndpoints webhookEndpoints;
    public final io.ensemble.persistence.hooks.JdbiWebhookDeliveries webhookDeliveries;
    public final io.ensemble.persistence.apikeys.JdbiApiKeyRepository apiKeys;
    public final io.ensemble.persistence.externalchat.JdbiChatSyncTasks chatSyncTasks;

    // privacy (issue 20 §4): requests, account closing, open orders, each context's personal data
    public final io.ensemble.persistence.privacy.JdbiPrivacyRequests privacyRequests;
    public final io.ensemble.persistence.identity.JdbiClosedAccounts closedAccounts;
    public final io.ensemble.persistence.marketplace.JdbiOpenOrders openOrders;
    public final io.ensemble.persistence.identity.IdentityPersonalData identityPersonalData;
    public final io.ensemble.persistence.profiles.ProfilesPersonalData profilesPersonalData;
    public final io.ensemble.persistence.social.SocialPersonalData socialPersonalData;
    public final io.ensemble.persistence.connections.ConnectionsPersonalData connectionsPersonalData;
    public final io.ensemble.persistence.events.EventsPersonalData eventsPersonalData;
    public final io.ensemble.persistence.marketplace.MarketplacePersonalData marketplacePersonalData;
    public final io.ensemble.persistence.messaging.MessagingPersonalData messagingPersonalData;
    /** Reactions and pins of chat messages (issue 27): export and erasure. */
    public final io.ensemble.persistence.messaging.MessagingSocialPersonalData messagingSocialPersonalData;
    /** Threads, reactions, pins and mutes of chat (issue 27). */
    public final io.ensemble.persistence.messaging.JdbiChatSocialRepository chatSocial;
    public final io.ensemble.persistence.notifications.NotificationsPersonalData notificationsPersonalData;
    public final io.ensemble.persistence.payments.PaymentsPersonalData paymentsPersonalData;
    public final io.ensemble.persistence.banking.BankingPersonalData bankingPersonalData;
    public final io.ensemble.persistence.media.MediaPersonalData mediaPersonalData;
    public final io.ensemble.persistence.audit.AuditPersonalData auditPersonalData;
    public final io.ensemble.persistence.privacy.PrivacyPersonalData privacyPersonalData;
    public final io.ensemble.persistence.moderation.ModerationPersonalData moderationPersonalData;
    public final io.ensemble.persistence.feed.FeedPersonalData feedPersonalData;
    // agency operations (issue 22 §1): meetings, the agency side of the payouts ledger, notification recipients
    public final io.ensemble.persistence.agency.JdbiMeetingRepository agencyMeetings;
    public final io.ensemble.persistence.agency.JdbiMemberPayoutRepository memberPayouts;
    public final io.ensemble.persistence.agency.JdbiAgencyRecipients agencyRecipients;
    public final io.ensemble.persistence.agency.AgencyOpsPersonalData agencyOpsPersonalData;
    // moderation
    public final JdbiReportRepository reports;
    // support (issue 23 §3)
    public final io.ensemble.persistence.support.JdbiTicketRepository supportTickets;
    public final io.ensemble.persistence.support.JdbiAgentRepository supportAgents;
    public final io.ensemble.persistence.support.SupportPersonalData supportPersonalData;
    public final io.ensemble.persistence.agency.AgencyPersonalData agencyPersonalData;
    // agency (issue 22 §1)
    public final io.ensemble.persistence.agency.JdbiApplicationRepository agencyApplications;
    public final io.ensemble.persistence.agency.JdbiTaskRepository agencyTasks;
    public final io.ensemble.persistence.agency.JdbiTeamDirectory agencyTeam;
    // analytics: each context's statistics read port (issue 20 §3)
    public final JdbiAccountStatistics accountStatistics;
    public final JdbiConnectionStatistics connectionStatistics;
    public final JdbiMessageStatistics messageStatistics;
    public final JdbiOrderStatistics orderStatistics;
    public final JdbiPaymentStatistics paymentStatistics;

    /**
     * Installs the SqlObject and PostgreSQL plugins on {@code jdbi} and builds every adapter over it.
     *
     * @param jdbi over the application's data source (not yet used by anything else)
     */
    public Persistence(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.installPlugin(new PostgresPlugin());
        this.handles = new JdbiHandles(jdbi);
        this.transactions = new JdbiTransactions(handles);
        this.outbox = new JdbiOutbox(handles);
        this.outboxBacklog = new JdbiOutboxBacklog(handles);
        this.idempotencyKeys = new JdbiIdempotencyKeys(handles);
        this.webhookEvents = new JdbiWebhookEvents(handles);
        this.sharedKeys = new JdbiSharedKeys(handles);
        this.encryptedColumns = new JdbiEncryptedColumns(handles);
        this.jobRuns = new JdbiJobRunLog(handles);
        this.users = new JdbiUserRepository(handles);
        this.codes = new JdbiOneTimeCodeRepository(handles);
        this.phoneAccounts = new io.ensemble.persistence.identity.JdbiPhoneAccounts(handles);
        this.sessions = new JdbiSessionRepository(handles);
        this.resetRequests = new JdbiResetRequestQueue(handles);
        this.profiles = new JdbiProfileRepository(handles);
        this.categories = new JdbiCategoryRepository(handles);
        this.collaborationPreferences = new JdbiCollaborationPreferencesRepository(handles);
        this.profileDetails = new io.ensemble.persistence.profiles.JdbiProfileDetailsRepository(handles);
        this.discovery = new JdbiDiscoveryRepository(handles);
        this.socialStats = new JdbiSocialStatsRepository(handles);
        this.socialAccounts = new JdbiSocialAccountRepository(handles);
        this.statsSnapshots = new JdbiStatsSnapshotRepository(handles);
        this.oauthStates = new JdbiOAuthStateRepository(handles);
        this.scrapeCache = new JdbiScrapeCache(handles);
        this.syncAttempts = new JdbiSyncAttempts(handles);
        this.connections = new JdbiConnectionRepository(handles);
        this.conversations = new JdbiConversationRepository(handles);
        this.teamRooms = new io.ensemble.persistence.messaging.JdbiTeamRoomRepository(handles);
        this.messages = new JdbiMessageRepository(handles);
        this.contacts = new JdbiContactDirectory(handles);
        this.blocks = new io.ensemble.persistence.blocks.JdbiBlockRepository(handles);
        this.messageDeliveries = new io.ensemble.persistence.messaging.JdbiDeliveryRepository(handles);
        this.messageSearch = new io.ensemble.persistence.messaging.JdbiMessageSearch(handles);
        this.blocksPersonalData = new io.ensemble.persistence.blocks.BlocksPersonalData(handles);
        this.notifications = new JdbiNotificationRepository(handles);
        this.preferences = new JdbiPreferenceRepository(handles);
        this.deliveries = new JdbiDeliveryQueue(handles);
        this.pushDevices = new JdbiPushDevices(handles);
        this.recipientAddresses = new JdbiRecipientAddresses(handles);
        this.media = new JdbiMediaRepository(handles);
        this.orders = new JdbiOrderRepository(handles);
        this.packages = new JdbiPackageRepository(handles);
        this.reviews = new JdbiReviewRepository(handles);
        this.creatorStats = new JdbiCreatorStats(handles);
        this.events = new JdbiEventRepository(handles);
        this.eventSearch = new JdbiEventSearchRepository(handles);
        this.rsvps = new JdbiRsvpRepository(handles);
        this.tickets = new io.ensemble.persistence.events.JdbiTicketRepository(handles);
        this.attendees = new io.ensemble.persistence.events.JdbiAttendeeRepository(handles);
        this.eventReminders = new io.ensemble.persistence.events.JdbiReminderRepository(handles);
        this.payments = new JdbiPaymentRepository(handles);
        this.payouts = new JdbiPayoutRepository(handles);
        this.payoutAccounts = new JdbiPayoutAccountRepository(handles);
        this.paymentProviderUpdates = new JdbiPaymentProviderUpdates(handles, payouts);
        this.bankAccounts = new JdbiBankAccountRepository(handles);
        this.audit = new JdbiAuditRepository(handles);
        this.privacyRequests = new io.ensemble.persistence.privacy.JdbiPrivacyRequests(handles);
        this.closedAccounts = new io.ensemble.persistence.identity.JdbiClosedAccounts(handles);
        this.openOrders = new io.ensemble.persistence.marketplace.JdbiOpenOrders(handles);
        this.identityPersonalData = new io.ensemble.persistence.identity.IdentityPersonalData(handles);
        this.profilesPersonalData = new io.ensemble.persistence.profiles.ProfilesPersonalData(handles);
        this.socialPersonalData = new io.ensemble.persistence.social.SocialPersonalData(handles);
        this.connectionsPersonalData = new io.ensemble.persistence.connections.ConnectionsPersonalData(handles);
        this.eventsPersonalData = new io.ensemble.persistence.events.EventsPersonalData(handles);
        this.marketplacePersonalData = new io.ensemble.persistence.marketplace.MarketplacePersonalData(handles);
        this.messagingPersonalData = new io.ensemble.persistence.messaging.MessagingPersonalData(handles);
        this.messagingSocialPersonalData = new io.ensemble.persistence.messaging.MessagingSocialPersonalData(handles);
        this.chatSocial = new io.ensemble.persistence.messaging.JdbiChatSocialRepository(handles);
        this.notificationsPersonalData = new io.ensemble.persistence.notifications.NotificationsPersonalData(handles);
        this.paymentsPersonalData = new io.ensemble.persistence.payments.PaymentsPersonalData(handles);
        this.bankingPersonalData = new io.ensemble.persistence.banking.BankingPersonalData(handles);
        this.mediaPersonalData = new io.ensemble.persistence.media.MediaPersonalData(handles);
        this.auditPersonalData = new io.ensemble.persistence.audit.AuditPersonalData(handles);
        this.privacyPersonalData = new io.ensemble.persistence.privacy.PrivacyPersonalData(handles);
        this.moderationPersonalData = new io.ensemble.persistence.moderation.ModerationPersonalData(handles);
        this.feedPersonalData = new io.ensemble.persistence.feed.FeedPersonalData(handles);
        this.agencyMeetings = new io.ensemble.persistence.agency.JdbiMeetingRepository(handles);
        this.memberPayouts = new io.ensemble.persistence.agency.JdbiMemberPayoutRepository(handles);
        this.agencyRecipients = new io.ensemble.persistence.agency.JdbiAgencyRecipients(handles);
        this.agencyOpsPersonalData = new io.ensemble.persistence.agency.AgencyOpsPersonalData(handles);
        this.feed = new io.ensemble.persistence.feed.JdbiFeedRepository(handles);
        this.webhookEndpoints = new io.ensemble.persistence.hooks.JdbiWebhookEndpoints(handles);
        this.webhookDeliveries = new io.ensemble.persistence.hooks.JdbiWebhookDeliveries(handles);
        this.apiKeys = new io.ensemble.persistence.apikeys.JdbiApiKeyRepository(handles);
        this.chatSyncTasks = new io.ensemble.persistence.externalchat.JdbiChatSyncTasks(handles);
        this.reports = new JdbiReportRepository(handles);
        this.supportTickets = new io.ensemble.persistence.support.JdbiTicketRepository(handles);
        this.supportAgents = new io.ensemble.persistence.support.JdbiAgentRepository(handles);
        this.supportPersonalData = new io.ensemble.persistence.support.SupportPersonalData(handles);
        this.agencyPersonalData = new io.ensemble.persistence.agency.AgencyPersonalData(handles);
        this.agencyApplications = new io.ensemble.persistence.agency.JdbiApplicationRepository(handles);
        this.agencyTasks = new io.ensemble.persistence.agency.JdbiTaskRepository(handles);
        this.agencyTeam = new io.ensemble.persistence.agency.JdbiTeamDirectory(handles);
        this.accountStatistics = new JdbiAccountStatistics(handles);
        this.connectionStatistics = new JdbiConnectionStatistics(handles);
        this.messageStatistics = new JdbiMessageStatistics(handles);
        this.orderStatistics = new JdbiOrderStatistics(handles);
        this.paymentStatistics = new JdbiPaymentStatistics(handles);
    }
}
