package io.ensemble.web.compat.sioree;

import io.ensemble.identity.Role;
import io.ensemble.identity.SignupPolicy;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The Sioree profile's policy (DESIGN §Client profiles): what the use cases are asked to do
 * differently for this app, as settings rather than branches in the core.
 *
 * @param signup sign-up without the e-mail code step: the app answers tokens at once (issue 21 §4)
 * @param roles the roles the app's sign-up offers, shown in lower case ({@code host}, {@code partier}, ...)
 * @param currency the ISO-4217 currency of the app's decimal {@code ticketPrice}
 */
public record SioreeSettings(SignupPolicy signup, Set<Role> roles, String currency) {
    /** Seeds/000 as written: no code step; host, partier, talent, brand; US dollars. */
    public static final SioreeSettings SEED = new SioreeSettings(SignupPolicy.NO_CODE_STEP,
            Set.of(Role.HOST, Role.PARTIER, Role.TALENT, Role.BRAND), "USD");

    /** @throws NullPointerException when a component is null */
    public SioreeSettings {
        Objects.requireNonNull(signup, "signup");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(currency, "currency");
    }

    /** @return a role as the app writes it, e.g. {@code host} */
    public static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
