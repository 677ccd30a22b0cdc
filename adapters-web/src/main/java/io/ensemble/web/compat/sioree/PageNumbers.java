package io.ensemble.web.compat.sioree;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Seeds/000's {@code page} (from 1) and {@code limit} over the native cursor pages (CONVENTIONS
 * §Lists): the cursor pages are walked 100 rows at a time, so the answer is the same rows in the
 * same order as the native list. {@code total} counts up to {@link #COUNT_CAP} rows, or to the end of
 * the page asked for when that lies further.
 *
 * @param page the page number, 1 or more
 * @param limit rows per page, 1..100
 */
record PageNumbers(int page, int limit) {
    /** Rows walked at most to count {@code total} (further only to reach the page asked for). */
    static final int COUNT_CAP = 2_000;
    /** Highest page number: a page walks the native list from its start, so at most 10,000 rows. */
    static final int MAX_PAGE = 100;

    /**
     * Parses the query values; absent ones take the defaults.
     *
     * @throws ValidationFailed naming {@code page} or {@code limit} when not a whole number in range
     */
    static PageNumbers parse(String page, String limit, int defaultLimit) {
        List<FieldError> errors = new ArrayList<>();
        int p = number("page", page, 1, 1, MAX_PAGE, errors);
        int l = number("limit", limit, defaultLimit, 1, PageRequest.MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new PageNumbers(p, l);
    }

    /** @return the offset of the first row of this page */
    long offset() {
        return (long) (page - 1) * limit;
    }

    /**
     * A page of a native cursor list and the list's total.
     *
     * @param items the rows of the page
     * @param total how many rows the list has (at most {@link #COUNT_CAP})
     * @param hasMore whether rows follow this page
     */
    record Slice<T>(List<T> items, long total, boolean hasMore) {
    }

    /**
     * Walks {@code fetch} (a native list: cursor → page of 100) to this page and, to count, to the end
     * or {@link #COUNT_CAP} rows (or this page's end when further).
     */
    <T> Slice<T> walk(Function<PageRequest, Page<T>> fetch) {
        List<T> items = new ArrayList<>();
        long seen = 0;
        Optional<String> cursor = Optional.empty();
        do {
            Page<T> chunk = fetch.apply(new PageRequest(PageRequest.MAX_LIMIT, cursor));
            for (T row : chunk.items()) {
                if (seen >= offset() && seen < offset() + limit) {
                    items.add(row);
                }
                seen++;
            }
            cursor = chunk.nextCursor();
        } while (cursor.isPresent() && seen < Math.max(COUNT_CAP, offset() + limit));
        return new Slice<>(items, seen, seen > offset() + limit || cursor.isPresent());
    }

    private static int number(String field, String value, int fallback, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
