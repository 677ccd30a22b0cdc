package io.ensemble.banking;

import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives bank-link provider webhooks (issue 8 §4): verify the signature on the raw body first, then
 * record the delivery and apply it in one transaction, so each delivery is processed once. ITEM
 * webhooks move the item's status (e.g. {@code LOGIN_REQUIRED}); other types are acknowledged.
 */
public final class BankWebhookService {
    private static final Logger LOG = LoggerFactory.getLogger(BankWebhookService.class);

    private final BankWebhookVerifier verifier;
    private final BankWebhookInbox inbox;
    private final BankAccountRepository accounts;
    private final Transactions transactions;
    private final Clock clock;

    /**
     * @param verifier the configured provider's verifier
     * @param inbox recorded deliveries
     * @param accounts stored items
     * @param transactions unit of work
     * @param clock the application clock
     */
    public BankWebhookService(BankWebhookVerifier verifier, BankWebhookInbox inbox, BankAccountRepository accounts,
                              Transactions transactions, Clock clock) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Verifies, records and applies one webhook delivery.
     *
     * @param rawBody the body exactly as received
     * @param signature the signature header, may be null
     * @return what was done
     * @throws ValidationFailed {@code WEBHOOK_SIGNATURE_INVALID} (see {@link BankWebhookVerifier}) or
     *     {@code WEBHOOK_REPLAYED} when this delivery was already processed; nothing changes then
     */
    public WebhookReceipt receive(byte[] rawBody, String signature) {
        BankWebhook webhook = verifier.verify(rawBody, signature);
        return transactions.inTransaction(() -> {
            if (!inbox.record(webhook, clock.instant())) {
                throw new ValidationFailed("WEBHOOK_REPLAYED", "This webhook was already processed.");
            }
            boolean updated = webhook.providerItemId().isPresent() && webhook.newStatus().isPresent()
                    && accounts.updateStatus(webhook.provider(), webhook.providerItemId().get(),
                    webhook.newStatus().get(), clock.instant());
            LOG.info("Bank webhook {} {} {}: item {}", webhook.provider(), webhook.type(), webhook.code(),
                    updated ? "updated to " + webhook.newStatus().get() : "unchanged");
            return new WebhookReceipt(webhook.type(), webhook.code(), updated);
        });
    }
}
