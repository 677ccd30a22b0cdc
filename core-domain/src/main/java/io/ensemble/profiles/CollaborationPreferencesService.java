package io.ensemble.profiles;

import io.ensemble.identity.Caller;
import io.ensemble.shared.transactions.Transactions;
import java.util.Objects;

/** The caller's seeds/004 matching fields ({@link CollaborationPreferences}): read and partial update. */
public final class CollaborationPreferencesService {
    private final CollaborationPreferencesRepository preferences;
    private final Transactions transactions;

    /** @param preferences the store; {@code transactions} makes the read-modify-write atomic */
    public CollaborationPreferencesService(CollaborationPreferencesRepository preferences, Transactions transactions) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** @return the caller's fields, {@link CollaborationPreferences#DEFAULT} when never set */
    public CollaborationPreferences preferences(Caller caller) {
        return preferences.find(caller.userId()).orElse(CollaborationPreferences.DEFAULT);
    }

    /**
     * Applies the given fields on top of the stored ones.
     *
     * @return the fields after the change
     * @throws io.ensemble.shared.errors.ValidationFailed when a range ends up with min above max
     */
    public CollaborationPreferences updatePreferences(Caller caller, UpdateCollaborationPreferences command) {
        return transactions.inTransaction(() -> {
            CollaborationPreferences next = command.applyTo(preferences(caller));
            preferences.save(caller.userId(), next);
            return next;
        });
    }
}
