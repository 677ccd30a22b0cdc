package io.ensemble.agency;

import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of agency applications; every call joins the caller's transaction. */
public interface ApplicationRepository {
    /** Stores a new application. */
    void insert(Application application);

    /** @return the application with {@code id} */
    Optional<Application> findById(UUID id);

    /**
     * Applications matching {@code filter}, newest first ({@code createdAt DESC, id DESC}).
     *
     * @param after resume strictly after this position
     * @param max how many rows at most (the caller over-fetches by one)
     */
    List<Application> find(ApplicationFilter filter, Optional<Cursor> after, int max);

    /**
     * Stores a decision as a compare-and-set on {@code version}: only when the row still has
     * {@code decided.version() - 1}.
     *
     * @return false when a concurrent decision won (nothing changed)
     */
    boolean decide(Application decided);

    /** @return whether a row was deleted */
    boolean delete(UUID id);
}
