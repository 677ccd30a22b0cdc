package io.ensemble.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the audit trail back through {@code GET /api/v1/admin/activity-logs} (issue 20 §2) as an admin,
 * for tests that perform a sensitive action and check it was recorded.
 */
public final class ActivityLogs {
    private ActivityLogs() {
    }

    /**
     * @param query the filters, e.g. {@code action=payout_settled&targetType=payout&targetId=...}
     * @return the entries of the first page (at most 100), newest first; fails the test unless the answer is 200
     */
    public static List<JsonNode> read(Api api, Accounts.Session admin, String query) {
        Reply r = api.get("/api/v1/admin/activity-logs?limit=100&" + query, admin.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        r.data().path("items").forEach(items::add);
        return items;
    }

    /** @return the entry's changes as {@code field: before -> after} lines, an absent value as {@code null} */
    public static List<String> changes(JsonNode entry) {
        List<String> lines = new ArrayList<>();
        entry.path("changes").forEach(c -> lines.add(c.path("field").asText() + ": "
                + (c.path("before").isNull() ? "null" : c.path("before").asText()) + " -> "
                + (c.path("after").isNull() ? "null" : c.path("after").asText())));
        return lines;
    }
}
