package io.ensemble.moderation;

import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of reports; every call joins the caller's transaction. */
public interface ReportRepository {
    /**
     * Stores a new report.
     *
     * @return false (nothing stored) when this reporter already reported this target
     */
    boolean insert(Report report);

    /** @return the report with {@code id} */
    Optional<Report> findById(UUID id);

    /**
     * Reports matching {@code filter}, newest first ({@code createdAt DESC, id DESC}).
     *
     * @param after resume strictly after this position
     * @param max how many rows at most (the caller over-fetches by one)
     */
    List<Report> find(ReportFilter filter, Optional<Cursor> after, int max);

    /**
     * Resolves an open report.
     *
     * @return false when it is unknown or no longer open (nothing changed)
     */
    boolean resolve(UUID id, Resolution resolution);
}
