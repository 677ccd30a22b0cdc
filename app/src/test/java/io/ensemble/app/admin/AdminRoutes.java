package io.ensemble.app.admin;

import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.Reply;
import java.util.Map;

/** The admin user routes of issue 20 §1 as the tests call them. */
final class AdminRoutes {
    static final String USERS = "/api/v1/admin/users";

    private final Api api;

    AdminRoutes(Api api) {
        this.api = api;
    }

    /** {@code PATCH /api/v1/admin/users/{userId}/{action}} with {@code body} (null: no body). */
    Reply patch(String userId, String action, Object body, Accounts.Session as) {
        return api.sendRaw("PATCH", USERS + "/" + userId + "/" + action, body == null ? null : Api.toJson(body),
                as.accessToken(), Map.of());
    }

    Reply suspend(String userId, String reason, Accounts.Session as) {
        return patch(userId, "suspend", reason == null ? Map.of() : Map.of("reason", reason), as);
    }

    Reply unsuspend(String userId, Accounts.Session as) {
        return patch(userId, "unsuspend", null, as);
    }

    /** @return the item ids of a 200 page answer; fails the test on any other status */
    static java.util.List<String> ids(Reply r) {
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.itemIds();
    }

    Reply get(String pathAndQuery, Accounts.Session as) {
        return api.get(pathAndQuery, as.accessToken());
    }
}
