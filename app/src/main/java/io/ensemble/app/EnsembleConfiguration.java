package io.ensemble.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.ensemble.app.config.AuthConfig;
import io.ensemble.app.config.DatabaseConfig;
import io.ensemble.app.config.HttpConfig;
import io.ensemble.app.config.MediaConfig;
import io.ensemble.app.config.MessagingConfig;
import io.ensemble.app.config.RateLimitConfig;
import io.ensemble.integrations.mail.MailerFactory;
import io.ensemble.integrations.mail.LogMailerFactory;
import io.ensemble.integrations.media.LocalMediaStorageFactory;
import io.ensemble.integrations.media.MediaStorageFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;

/** The root of {@code config.yml}; every section is documented in the README's configuration table. */
public final class EnsembleConfiguration extends Configuration {
    @JsonProperty
    @NotBlank
    private String dataDirectory = "./data";
    @JsonProperty
    @Valid
    @NotNull
    private DatabaseConfig database = new DatabaseConfig();
    @JsonProperty
    @Valid
    @NotNull
    private AuthConfig auth = new AuthConfig();
    @JsonProperty
    @Valid
    @NotNull
    private MailerFactory mail = new LogMailerFactory();
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.integrations.sms.SmsSenderFactory sms = new io.ensemble.integrations.sms.LogSmsSenderFactory();
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.SignInConfig signIn = new io.ensemble.app.config.SignInConfig();
    @JsonProperty
    @Valid
    @NotNull
    private RateLimitConfig rateLimits = new RateLimitConfig();
    @JsonProperty
    @Valid
    @NotNull
    private HttpConfig http = new HttpConfig();
    @JsonProperty
    @Valid
    @NotNull
    private MessagingConfig messaging = new MessagingConfig();
    @JsonProperty
    @Valid
    @NotNull
    private MediaConfig media = new MediaConfig();
    @JsonProperty
    @Valid
    @NotNull
    private MediaStorageFactory storage = new LocalMediaStorageFactory();
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.RealtimeConfig realtime = new io.ensemble.app.config.RealtimeConfig();
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.JobsConfig jobs = new io.ensemble.app.config.JobsConfig();
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.CryptoConfig crypto = new io.ensemble.app.config.CryptoConfig();
    /** The payment gateway ({@code PAYMENTS=manual|stripe}, issue 8 §3). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.integrations.payments.PaymentGatewayFactory payments =
            new io.ensemble.integrations.payments.ManualPaymentGatewayFactory();
    /** Platform fee and review window (issue 8 §2-3). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.MarketplaceConfig marketplace = new io.ensemble.app.config.MarketplaceConfig();
    /** Agency back office: set-password link, e-mail signature, application limit (issue 22). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.AgencyConfig agency = new io.ensemble.app.config.AgencyConfig();
    /** Social OAuth clients, provider timeout, circuit breaker and sync pacing (issue 6). */
    @JsonProperty
    @NotNull
    private io.ensemble.integrations.social.SocialOAuthFactory social =
            new io.ensemble.integrations.social.SocialOAuthFactory();
    /** Apify scraping of Instagram/TikTok profiles by user name (issue 6 §2). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.integrations.scraping.ApifyScraperFactory apify = new io.ensemble.integrations.scraping.ApifyScraperFactory();
    /** Bank linking adapter: {@code sandbox} (default) or {@code plaid} (issue 8 §4). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.integrations.banking.BankLinkingFactory bankLinking =
            new io.ensemble.integrations.banking.SandboxBankLinkingFactory();
    /** {@code adminPort:} the admin port's bearer token (issue 29 §2; Dropwizard owns {@code admin:}). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.AdminConfig adminPort = new io.ensemble.app.config.AdminConfig();
    /** Redis for the {@code redis} realtime bus (issue 4 §4). */
    @JsonProperty
    private String redisUrl = "redis://127.0.0.1:6379";
    /** Push notification adapter, {@code push.type: log|fcm} (issue 5 §4). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.integrations.push.PushSenderFactory push = new io.ensemble.integrations.push.LogPushSenderFactory();
    /** Hosted chat mirror, {@code externalChat.type: stream|none}, on with the Stream keys (issue 23 §4). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.integrations.externalchat.ExternalChatFactory externalChat =
            new io.ensemble.integrations.externalchat.NoExternalChatFactory();

    /** {@code audit:} retention of the audit trail, {@code AUDIT_RETENTION} (issue 20 §2). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.AuditConfig audit = new io.ensemble.app.config.AuditConfig();

    /**
     * {@code clientProfile:} the seed app family served besides {@code /api/v1}, {@code CLIENT_PROFILE=
     * none|sioree|influmojo|idyll} (DESIGN §Client profiles, issue 21 §4); default {@code none}.
     */
    @JsonProperty
    @NotNull
    private io.ensemble.web.compat.ClientProfile clientProfile = io.ensemble.web.compat.ClientProfile.NONE;

    public io.ensemble.web.compat.ClientProfile getClientProfile() {
        return clientProfile;
    }

    public io.ensemble.app.config.AuditConfig getAudit() {
        return audit;
    }

    /** {@code privacy:} account deletion and export (issue 20 §4). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.PrivacyConfig privacy = new io.ensemble.app.config.PrivacyConfig();

    public io.ensemble.app.config.PrivacyConfig getPrivacy() {
        return privacy;
    }

    /** {@code integrator:} event feed retention, webhook address policy and workers, API key limits (issue 26). */
    @JsonProperty
    @Valid
    @NotNull
    private io.ensemble.app.config.IntegratorConfig integrator = new io.ensemble.app.config.IntegratorConfig();

    public io.ensemble.app.config.IntegratorConfig getIntegrator() {
        return integrator;
    }

    public Path dataDirectory() {
        return Path.of(dataDirectory);
    }

    public io.ensemble.app.config.AdminConfig getAdminPort() {
        return adminPort;
    }

    public DatabaseConfig getDatabase() {
        return database;
    }

    public AuthConfig getAuth() {
        return auth;
    }

    public MailerFactory getMail() {
        return mail;
    }

    /** @return the SMS adapter ({@code sms: {type: log | twilio}}, issue 23 §1) */
    public io.ensemble.integrations.sms.SmsSenderFactory getSms() {
        return sms;
    }

    /** @return phone and Google/Apple sign-in settings (issue 23 §1-§2) */
    public io.ensemble.app.config.SignInConfig getSignIn() {
        return signIn;
    }

    public RateLimitConfig getRateLimits() {
        return rateLimits;
    }

    public HttpConfig getHttp() {
        return http;
    }

    public MessagingConfig getMessaging() {
        return messaging;
    }

    public MediaConfig getMedia() {
        return media;
    }

    public MediaStorageFactory getStorage() {
        return storage;
    }

    public io.ensemble.app.config.RealtimeConfig getRealtime() {
        return realtime;
    }

    public String getRedisUrl() {
        return redisUrl;
    }

    public io.ensemble.app.config.JobsConfig getJobs() {
        return jobs;
    }

    public io.ensemble.app.config.CryptoConfig getCrypto() {
        return crypto;
    }

    public io.ensemble.integrations.push.PushSenderFactory getPush() {
        return push;
    }

    public io.ensemble.integrations.externalchat.ExternalChatFactory getExternalChat() {
        return externalChat;
    }

    public io.ensemble.integrations.payments.PaymentGatewayFactory getPayments() {
        return payments;
    }

    public io.ensemble.app.config.MarketplaceConfig getMarketplace() {
        return marketplace;
    }

    /** @return the {@code agency} section (issue 22) */
    public io.ensemble.app.config.AgencyConfig getAgency() {
        return agency;
    }

    public io.ensemble.integrations.social.SocialOAuthFactory getSocial() {
        return social;
    }

    public io.ensemble.integrations.scraping.ApifyScraperFactory getApify() {
        return apify;
    }

    public io.ensemble.integrations.banking.BankLinkingFactory getBankLinking() {
        return bankLinking;
    }
}
