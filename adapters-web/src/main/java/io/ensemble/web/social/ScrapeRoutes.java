package io.ensemble.web.social;

/** Shared route pieces of the scraping resources. */
final class ScrapeRoutes {
    /** A canonical UUID in a path template, so literal siblings such as {@code auth} are not taken for ids. */
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private ScrapeRoutes() {
    }
}
