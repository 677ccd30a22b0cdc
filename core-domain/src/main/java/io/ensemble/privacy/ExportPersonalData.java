package io.ensemble.privacy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Port: the rows a context holds about a user, for the data export (issue 20 §4). Each context
 * lists the tables it covers, so a test can check that every table with a user-id column is
 * exported by some context.
 */
public interface ExportPersonalData {

    /** @return the tables this context exports, e.g. {@code [notifications, push_devices]} */
    List<String> tables();

    /**
     * @param userId the user
     * @return per table of {@link #tables()} (every one present, possibly with no rows) the user's rows,
     *     each a JSON object text; secrets (password and token hashes, encrypted tokens) left out
     */
    Map<String, List<String>> rowsOf(UUID userId);
}
