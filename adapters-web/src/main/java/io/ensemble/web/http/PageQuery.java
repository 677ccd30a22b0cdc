package io.ensemble.web.http;

import io.ensemble.shared.paging.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code ?limit=} and {@code ?cursor=} query parameters of a cursor-paged list (CONVENTIONS.md
 * §Lists: {@code limit} default 20, at most 100; {@code cursor} opaque), taken by a resource method
 * as one {@code @BeanParam PageQuery page}.
 */
public final class PageQuery {
    @QueryParam("limit")
    private String limit;
    @QueryParam("cursor")
    private String cursor;

    /** Filled in by Jersey from the request's query parameters. */
    public PageQuery() {
    }

    /**
     * @return the page asked for
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code limit} when it is not a whole number
     */
    public PageRequest request() {
        return PageRequest.of(limit, cursor);
    }
}
