package io.ensemble.persistence.privacy;

import io.ensemble.persistence.database.JdbiHandles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Shared SQL of the contexts' personal-data adapters (issue 20 §4): reading a user's rows of a table
 * as JSON for the export, and scrubbing a user's personal strings from other users' free text. Table
 * and column names come from the adapters' constants, never from input; values are bound.
 */
public final class PersonalRows {
    /** What replaces a scrubbed personal string. */
    public static final String REPLACEMENT = "Deleted user";

    /**
     * A table with the user's rows.
     *
     * @param name    the table
     * @param columns the columns holding the user's id (a row is the user's when any matches)
     * @param secrets columns left out of the export (hashes, encrypted tokens)
     */
    public record Table(String name, List<String> columns, List<String> secrets) {
        /** @return a table whose rows have the user's id in {@code column}, no secrets */
        public static Table of(String name, String... columns) {
            return new Table(name, List.of(columns), List.of());
        }

        /** @return this table without {@code columns} in the export */
        public Table without(String... columns) {
            return new Table(name, this.columns, List.of(columns));
        }
    }

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public PersonalRows(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    /** @return the table names, in order */
    public static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).toList();
    }

    /** @return per table, the user's rows as JSON object texts (secrets removed), ordered by their text */
    public Map<String, List<String>> export(UUID userId, List<Table> tables) {
        return handles.with(h -> {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (Table table : tables) {
                String where = table.columns().stream().map(c -> "t." + c + " = :userId")
                        .collect(Collectors.joining(" OR "));
                rows.put(table.name(), h.createQuery("SELECT (to_jsonb(t) - :secrets)::text AS row FROM "
                                + table.name() + " t WHERE " + where + " ORDER BY 1")
                        .bind("userId", userId).bindArray("secrets", String.class, table.secrets())
                        .mapTo(String.class).list());
            }
            return rows;
        });
    }

    /**
     * Replaces every term in the text columns of {@code table} by {@link #REPLACEMENT}.
     *
     * @param columns text columns
     * @param terms   the user's personal strings
     */
    public static void scrubText(Handle h, String table, List<String> columns, List<String> terms) {
        for (String term : terms) {
            for (String column : columns) {
                h.createUpdate("UPDATE " + table + " SET " + column + " = replace(" + column + ", :term, :with) "
                        + "WHERE strpos(" + column + ", :term) > 0")
                        .bind("term", term).bind("with", REPLACEMENT).execute();
            }
        }
    }

    /** Replaces every term inside the string values of a {@code jsonb} column (escaped as JSON renders it). */
    public static void scrubJson(Handle h, String table, String column, List<String> terms) {
        for (String term : terms) {
            h.createUpdate("UPDATE " + table + " SET " + column + " = replace(" + column + "::text, "
                    + "btrim(to_jsonb(:term::text)::text, '\"'), :with)::jsonb "
                    + "WHERE strpos(" + column + "::text, btrim(to_jsonb(:term::text)::text, '\"')) > 0")
                    .bind("term", term).bind("with", REPLACEMENT).execute();
        }
    }
}
