package io.ensemble.apikeys;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The scopes an API key may carry (issue 26 §3); a route names the one it needs. */
public final class ApiScopes {
    public static final String EVENTS_READ = "events:read";
    public static final String USERS_READ = "users:read";
    public static final String ORDERS_READ = "orders:read";
    /** Order transitions ({@code POST /api/v1/orders/{id}/transitions}) as the key's admin. */
    public static final String ORDERS_WRITE = "orders:write";
    /**
     * Sending chat messages ({@code POST /api/v1/chat/conversations/{id}/messages}) as the user named in
     * the {@code On-Behalf-Of} header, who must be an active member of the conversation.
     */
    public static final String MESSAGES_WRITE = "messages:write";
    /** Every scope a key may be given. */
    public static final Set<String> ALL = Set.of(EVENTS_READ, USERS_READ, ORDERS_READ, ORDERS_WRITE, MESSAGES_WRITE);

    private ApiScopes() {
    }

    /**
     * @return the scopes, sorted
     * @throws ValidationFailed naming {@code scopes} when empty or with an unknown scope
     */
    public static Set<String> checked(List<String> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new ValidationFailed(List.of(new FieldError("scopes", "name at least one scope of " + new TreeSet<>(ALL))));
        }
        Set<String> out = new TreeSet<>();
        for (String scope : scopes) {
            if (scope == null || !ALL.contains(scope)) {
                throw new ValidationFailed(List.of(new FieldError("scopes", "unknown scope " + scope + "; known: "
                        + new TreeSet<>(ALL))));
            }
            out.add(scope);
        }
        return out;
    }
}
