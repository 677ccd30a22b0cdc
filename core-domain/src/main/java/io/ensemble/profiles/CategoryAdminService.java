package io.ensemble.profiles;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.transactions.Transactions;
import java.util.Objects;

/**
 * Admin upkeep of the managed category list (issue 5 §1 "admins can add more later"); each addition is
 * audited ({@code category_added}, issue 20 §2) in its transaction.
 */
public final class CategoryAdminService {
    private final CategoryWriter categories;
    private final Transactions transactions;
    private final AuditRecorder audit;

    /**
     * @param categories where new categories are stored
     * @param audit where additions are recorded, inside {@code transactions}
     */
    public CategoryAdminService(CategoryWriter categories, Transactions transactions, AuditRecorder audit) {
        this.categories = Objects.requireNonNull(categories, "categories");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Adds a category that profiles and discovery filters may then use.
     *
     * @param origin the client address and request id the audit record keeps
     * @return the stored category
     * @throws Forbidden unless the caller is an ADMIN
     * @throws Conflict {@code CATEGORY_EXISTS} when the slug is taken
     */
    public Category addCategory(Caller caller, NewCategory command, RequestOrigin origin) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only administrators can add categories.");
        }
        Category category = new Category(command.slug(), command.name());
        return transactions.inTransaction(() -> {
            if (!categories.add(category)) {
                throw new Conflict("CATEGORY_EXISTS", "A category with this slug already exists.");
            }
            audit.record(AuditEntry.by(caller.userId(), AuditAction.CATEGORY_ADDED,
                            new AuditTarget("category", category.slug()))
                    .from(origin)
                    .with(FieldChange.of("slug", null, category.slug()), FieldChange.of("name", null, category.name())));
            return category;
        });
    }
}
