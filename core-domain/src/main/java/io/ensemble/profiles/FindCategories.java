package io.ensemble.profiles;

import java.util.Collection;
import java.util.Set;

/**
 * Read-only port through which other contexts (discovery) check category slugs against the managed list
 * (issue 5 §1), without reaching profiles' {@link CategoryRepository}. Implemented by that repository.
 */
public interface FindCategories {
    /** @return the subset of {@code slugs} that exist in the list (exact, lower-case match) */
    Set<String> existing(Collection<String> slugs);
}
