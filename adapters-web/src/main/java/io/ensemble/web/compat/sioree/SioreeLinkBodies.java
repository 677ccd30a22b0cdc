package io.ensemble.web.compat.sioree;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.banking.BankAccount;
import io.ensemble.social.LinkedAccount;
import io.ensemble.web.banking.BankAccountView;
import io.ensemble.web.social.SocialAccountView;
import java.time.Instant;
import java.util.List;

/** Bodies of seeds/000 §Bank Account Endpoints and §Social Media OAuth Endpoints, as the app writes them. */
public final class SioreeLinkBodies {
    private SioreeLinkBodies() {
    }

    /** {@code POST /api/bank/exchange-token}. */
    public record PublicTokenBody(String publicToken) {
        static final PublicTokenBody EMPTY = new PublicTokenBody(null);
    }

    /** {@code POST /api/social/:platform/exchange}. */
    public record CodeBody(String code, String state) {
        static final CodeBody EMPTY = new CodeBody(null, null);
    }

    /** {@code {linkToken, expiration}}. */
    public record LinkTokenBody(String linkToken, Instant expiration) {
    }

    /** {@code {authUrl, state}}. */
    public record AuthUrlBody(String authUrl, String state) {
    }

    /** A bank account: {@code {id, bankName, accountType, last4, isVerified, createdAt}}. */
    public record BankAccountBody(String id, String bankName, String accountType, String last4,
                                  @JsonProperty("isVerified") boolean isVerified, Instant createdAt) {
        static BankAccountBody of(BankAccount account) {
            BankAccountView v = BankAccountView.of(account);
            return new BankAccountBody(v.id(), v.bankName(), v.accountType(), v.last4(), v.isVerified(), v.createdAt());
        }
    }

    /** {@code {account}} of the exchange. */
    public record BankAccountAnswer(BankAccountBody account) {
    }

    /** {@code {accounts}}. */
    public record BankAccountsAnswer(List<BankAccountBody> accounts) {
    }

    /** A social account: {@code {id, platform, username, profileUrl, isConnected, connectedAt}}. */
    public record SocialAccountBody(String id, String platform, String username, String profileUrl,
                                    @JsonProperty("isConnected") boolean isConnected, Instant connectedAt) {
        static SocialAccountBody of(LinkedAccount linked) {
            SocialAccountView v = SocialAccountView.of(linked);
            return new SocialAccountBody(v.id(), v.platform(), v.username(), v.profileUrl(), v.isConnected(),
                    v.connectedAt());
        }
    }

    /** {@code {account}} of the exchange. */
    public record SocialAccountAnswer(SocialAccountBody account) {
    }

    /** {@code {accounts}}. */
    public record SocialAccountsAnswer(List<SocialAccountBody> accounts) {
    }
}
