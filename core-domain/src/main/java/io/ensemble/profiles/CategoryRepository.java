package io.ensemble.profiles;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Persistence port of the managed category list (issue 5 §1). */
public interface CategoryRepository extends FindCategories {
    /** @return every category, ordered by slug */
    List<Category> all();

    @Override
    Set<String> existing(Collection<String> slugs);
}
