package io.ensemble.persistence.profiles;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.profiles.Category;
import io.ensemble.profiles.CategoryRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link CategoryRepository} on the {@code categories} table, seeded by
 * {@code migrations/profiles/001-categories.sql}. Throws
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiCategoryRepository extends JdbiRepository implements CategoryRepository, io.ensemble.profiles.CategoryWriter {
    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiCategoryRepository(JdbiHandles handles) {
        super(handles);
    }

    /** @return every category ordered by slug */
    @Override
    public List<Category> all() {
        return handles.with(h -> h.createQuery("SELECT slug, name FROM categories ORDER BY slug")
                .map((rs, ctx) -> new Category(rs.getString("slug"), rs.getString("name")))
                .list());
    }

    /** @return the slugs of {@code slugs} present in the table */
    @Override
    public Set<String> existing(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        return handles.with(h -> new HashSet<>(h.createQuery("SELECT slug FROM categories WHERE slug = ANY(:slugs)")
                .bindArray("slugs", String.class, List.copyOf(slugs))
                .mapTo(String.class)
                .list()));
    }

    /** Inserts the row unless the slug exists ({@code ON CONFLICT DO NOTHING}). @return whether it was inserted */
    @Override
    public boolean add(Category category) {
        return handles.with(h -> h.createUpdate("INSERT INTO categories (slug, name) VALUES (:slug, :name) "
                + "ON CONFLICT (slug) DO NOTHING").bind("slug", category.slug()).bind("name", category.name())
                .execute()) == 1;
    }
}
