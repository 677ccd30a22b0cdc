package io.ensemble.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Persistence port of the managed category list (issue 5 §1). */
public interface CategoryRepository {
    /** @return every category, ordered by slug */
    List<Category> all();

    /** @return the subset of {@code slugs} that exist in the list (exact, lower-case match) */
    Set<String> existing(Collection<String> slugs);
}
