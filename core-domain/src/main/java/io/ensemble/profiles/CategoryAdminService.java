package io.ensemble.profiles;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import java.util.Objects;

/** Admin upkeep of the managed category list (issue 5 §1 "admins can add more later"). */
public final class CategoryAdminService {
    private final CategoryWriter categories;

    /** @param categories where new categories are stored */
    public CategoryAdminService(CategoryWriter categories) {
        this.categories = Objects.requireNonNull(categories, "categories");
    }

    /**
     * Adds a category that profiles and discovery filters may then use.
     *
     * @return the stored category
     * @throws Forbidden unless the caller is an ADMIN
     * @throws Conflict {@code CATEGORY_EXISTS} when the slug is taken
     */
    public Category addCategory(Caller caller, NewCategory command) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only administrators can add categories.");
        }
        Category category = new Category(command.slug(), command.name());
        if (!categories.add(category)) {
            throw new Conflict("CATEGORY_EXISTS", "A category with this slug already exists.");
        }
        return category;
    }
}
