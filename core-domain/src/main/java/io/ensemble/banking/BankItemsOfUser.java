package io.ensemble.banking;

import java.util.List;
import java.util.UUID;

/** Read port: every bank item a user linked (issue 20 §4, for removing them at the provider). */
public interface BankItemsOfUser {

    /** @return the user's items, any status */
    List<BankItem> itemsOf(UUID userId);
}
