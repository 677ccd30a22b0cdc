package io.ensemble.identity;

import static io.ensemble.shared.paging.FilterValues.present;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.FilterValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which accounts the admin list shows (seeds/001 §Admin {@code GET /users}; issue 20 §1): every present part
 * must match. {@code query} matches a substring of the name or e-mail, case-insensitively.
 */
public record UserFilter(Optional<String> query, Optional<Role> role, Optional<AccountStatus> status) {
    /** Longest accepted {@code q}, in characters. */
    public static final int MAX_QUERY = 100;

    public UserFilter {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Reads the filter from query-string values; null or blank means "not filtered".
     *
     * @param q name or e-mail text, at most {@value #MAX_QUERY} characters
     * @param role a {@link Role} name, any case
     * @param status {@code ACTIVE} or {@code SUSPENDED}, any case
     * @throws ValidationFailed naming {@code q}, {@code role} or {@code status}
     */
    public static UserFilter parse(String q, String role, String status) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> text = present(q);
        if (text.isPresent() && (text.get().length() > MAX_QUERY || text.get().chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("q", "must be at most " + MAX_QUERY + " printable characters"));
        }
        Optional<Role> r = present(role).flatMap(v -> FilterValues.oneOf("role", v, Role.class, errors));
        Optional<AccountStatus> s = present(status)
                .flatMap(v -> FilterValues.oneOf("status", v, AccountStatus.class, errors));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new UserFilter(text, r, s);
    }

}
