package io.ensemble.integrations.banking;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import java.time.Clock;

/**
 * Chooses the bank-link adapter in {@code config.yml} ({@code bankLinking: {type: sandbox|plaid}},
 * env {@code BANK_LINKING}). Implementations are listed in
 * {@code META-INF/services/io.ensemble.integrations.banking.BankLinkingFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface BankLinkingFactory extends Discoverable {
    /**
     * @param clock the application clock (token expiries, webhook age)
     * @return the adapter; never fails for missing keys (its routes answer 503 PROVIDER_NOT_CONFIGURED instead)
     */
    BankLinking build(Clock clock);
}
