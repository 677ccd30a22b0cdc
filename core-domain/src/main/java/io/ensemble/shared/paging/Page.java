package io.ensemble.shared.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list and the cursor of the next page (empty on the last page).
 *
 * @param <T> item type
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in a stable order: the extra row only
     * proves that a next page exists, and the cursor points after the last returned row.
     *
     * @param rows rows in the page's order, at most {@code limit + 1}
     * @param cursorOf the cursor that resumes after a given row
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, Optional.of(cursorOf.apply(items.get(limit - 1))));
    }

    /** @return the same page with every item mapped */
    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextCursor);
    }
}
