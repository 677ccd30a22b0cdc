package io.ensemble.web.compat.idyll;

import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Function;

/**
 * The Idyll dialect's lists: a bare JSON array (seeds/003 names no envelope) of up to {@code ?limit=} items
 * (default and most {@value PageRequest#MAX_LIMIT}); when more follow, the {@value #NEXT} answer header carries
 * the cursor to pass as {@code ?cursor=} for the next ones.
 */
final class IdyllLists {
    /** The answer header with the next page's cursor. */
    static final String NEXT = "X-Next-Cursor";

    private IdyllLists() {
    }

    /** @return the page request of {@code ?limit=&cursor=} (limit default 100) */
    static PageRequest request(String limit, String cursor) {
        return PageRequest.of(limit == null || limit.isBlank() ? String.valueOf(PageRequest.MAX_LIMIT) : limit, cursor);
    }

    /** @return the page's items as views, its next cursor set on {@code http} */
    static <D, V> List<V> bare(Page<D> page, Function<D, V> view, HttpServletResponse http) {
        page.nextCursor().ifPresent(c -> http.setHeader(NEXT, c));
        return page.items().stream().map(view).toList();
    }
}
