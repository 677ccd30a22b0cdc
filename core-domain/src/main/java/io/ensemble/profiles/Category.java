package io.ensemble.profiles;

import java.util.Objects;

/**
 * One entry of the managed category list (issue 5 §1): a lower-case {@code slug} such as
 * {@code hair} that profiles reference, and its display {@code name}.
 */
public record Category(String slug, String name) {
    /** @throws NullPointerException when a component is null */
    public Category {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
    }
}
