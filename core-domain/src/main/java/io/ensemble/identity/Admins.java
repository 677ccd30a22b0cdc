package io.ensemble.identity;

import io.ensemble.shared.errors.Forbidden;

/** The one check of admin-only use cases (issue 20 §1: non-admin → 403). */
final class Admins {
    private Admins() {
    }

    /** @throws Forbidden when {@code caller} is not an ADMIN */
    static void require(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can manage users.");
        }
    }
}
