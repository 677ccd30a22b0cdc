package io.ensemble.integrations.banking;

import io.ensemble.banking.BankLinkProvider;
import io.ensemble.banking.ItemAccounts;
import io.ensemble.banking.LinkToken;
import io.ensemble.banking.LinkedItem;
import io.ensemble.banking.ProviderAccount;
import io.ensemble.shared.errors.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A deterministic fake institution so the whole link flow works without keys (DESIGN §Ports,
 * issue 8 §4). Link tokens look like Plaid's ({@code link-sandbox-<hex>}, valid 4 hours like Plaid's);
 * any public token {@code public-sandbox-<letters, digits, dashes>} is accepted and always yields the
 * same item ({@code sandbox-item-<hash>}); every item holds "Plaid Checking" (mask 0000, depository/
 * checking) and "Plaid Saving" (mask 1111, depository/savings) at "Ensemble Sandbox Bank".
 */
public final class SandboxBankLinkProvider implements BankLinkProvider {
    /** The fake institution's name. */
    public static final String INSTITUTION = "Ensemble Sandbox Bank";
    static final String PUBLIC_PREFIX = "public-sandbox-";
    static final String ACCESS_PREFIX = "access-sandbox-";
    private static final Duration LINK_TOKEN_TTL = Duration.ofHours(4);

    private final Clock clock;

    /** @param clock gives link-token expiries */
    public SandboxBankLinkProvider(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "sandbox";
    }

    /** @return {@code link-sandbox-<hash of user id>}, expiring 4 hours from now (whole seconds) */
    @Override
    public LinkToken createLinkToken(UUID userId) {
        return new LinkToken("link-sandbox-" + hash("link:" + userId).substring(0, 32),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(LINK_TOKEN_TTL));
    }

    /**
     * @throws ValidationFailed {@code INVALID_PUBLIC_TOKEN} unless the token is {@code public-sandbox-} followed
     *     by at least one letter, digit or dash
     */
    @Override
    public LinkedItem exchangePublicToken(String publicToken) {
        if (publicToken == null || !publicToken.startsWith(PUBLIC_PREFIX) || publicToken.length() == PUBLIC_PREFIX.length()
                || !publicToken.substring(PUBLIC_PREFIX.length()).matches("[A-Za-z0-9-]+")) {
            throw new ValidationFailed("INVALID_PUBLIC_TOKEN",
                    "The sandbox accepts public tokens of the form public-sandbox-…; start the link flow again.");
        }
        String itemHash = hash("item:" + publicToken).substring(0, 24);
        return new LinkedItem("sandbox-item-" + itemHash, ACCESS_PREFIX + itemHash);
    }

    /** @throws ValidationFailed {@code INVALID_ACCESS_TOKEN} for a token this sandbox did not issue */
    @Override
    public ItemAccounts accounts(String accessToken) {
        String itemHash = itemHash(accessToken);
        return new ItemAccounts(INSTITUTION, List.of(
                new ProviderAccount("sandbox-" + itemHash + "-checking", "Plaid Checking", "0000", "depository",
                        Optional.of("checking")),
                new ProviderAccount("sandbox-" + itemHash + "-savings", "Plaid Saving", "1111", "depository",
                        Optional.of("savings"))));
    }

    /** Nothing to revoke; validates the token like {@link #accounts}. */
    @Override
    public void removeItem(String accessToken) {
        itemHash(accessToken);
    }

    private static String itemHash(String accessToken) {
        if (accessToken == null || !accessToken.startsWith(ACCESS_PREFIX)) {
            throw new ValidationFailed("INVALID_ACCESS_TOKEN", "This access token was not issued by the sandbox.");
        }
        return accessToken.substring(ACCESS_PREFIX.length());
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
