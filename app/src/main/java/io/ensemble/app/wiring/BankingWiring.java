package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.banking.BankWebhookService;
import io.ensemble.banking.BankingErasure;
import io.ensemble.banking.BankingService;
import io.ensemble.banking.ItemRevocation;
import io.ensemble.integrations.banking.BankLinking;
import io.ensemble.integrations.banking.BankLinkingFactory;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.keys.SecretCipher;
import io.ensemble.web.banking.BankResource;
import io.ensemble.web.banking.PlaidWebhookResource;
import java.time.Clock;

/**
 * Wiring of the {@code banking} context (issue 8 §4): the bank-link adapter from {@code bankLinking.type}
 * ({@code BANK_LINKING=sandbox|plaid}), the bank routes and the Plaid webhook route.
 */
public final class BankingWiring {
    private BankingWiring() {
    }

    /**
     * Builds the banking use cases and registers their routes.
     *
     * @param env the Dropwizard environment (bearer auth must already be registered)
     * @param db the shared persistence adapters
     * @param factory the {@code bankLinking} section
     * @param cipher encrypts access tokens at rest
     * @param ids id generator
     * @param clock the application clock
     * @return the bank linking use cases (also served by a client profile's routes) and the erasure step that
     *     removes a deleted user's bank items at the provider (issue 20 §4)
     */
    public static Banking register(Environment env, Persistence db, BankLinkingFactory factory, SecretCipher cipher,
                                   IdGenerator ids, Clock clock) {
        BankLinking linking = factory.build(clock);
        var banking = new BankingService(linking.provider(), db.bankAccounts, cipher, db.idempotencyKeys,
                db.transactions, ids, clock);
        var webhooks = new BankWebhookService(linking.webhooks(), db.webhookEvents, db.bankAccounts,
                db.transactions, clock);
        env.jersey().register(new BankResource(banking));
        env.jersey().register(new PlaidWebhookResource(webhooks));
        return new Banking(banking, new BankingErasure(db.bankAccounts, db.bankAccounts,
                new ItemRevocation(linking.provider(), cipher)));
    }

    /**
     * What other wirings take of this context.
     *
     * @param service the bank linking use cases
     * @param erasure the account-erasure step of the banking context
     */
    public record Banking(BankingService service, BankingErasure erasure) {
    }
}
