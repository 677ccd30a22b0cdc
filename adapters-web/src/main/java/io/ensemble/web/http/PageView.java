package io.ensemble.web.http;

import io.ensemble.shared.paging.Page;
import java.util.List;
import java.util.function.Function;

/**
 * A list in the CONVENTIONS.md shape {@code {items: [...], nextCursor: "..." | null}}.
 *
 * @param <T> item view type
 */
public record PageView<T>(List<T> items, String nextCursor) {

    /** @return the page with each domain item rendered by {@code view} */
    public static <D, T> PageView<T> of(Page<D> page, Function<D, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
    }
}
