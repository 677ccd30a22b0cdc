package io.ensemble.social;

/** How a social account was linked (issue 6): through the provider's OAuth consent, or scraped by username. */
public enum LinkMethod {
    /** The owner signed in at the provider; we hold encrypted access/refresh tokens. */
    OAUTH,
    /** Linked by public username and read through a scraper (Apify); no tokens. */
    SCRAPE
}
