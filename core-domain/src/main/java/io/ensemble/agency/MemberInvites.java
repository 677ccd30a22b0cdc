package io.ensemble.agency;

import io.ensemble.identity.AccountInvitations;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.shared.mail.MailMessage;
import io.ensemble.shared.mail.Mailer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Creates a member's account by invitation (identity's {@link AccountInvitations}: 24 h, single-use
 * set-password token) and e-mails the link, and writes the agency's templated e-mails. Runs inside the
 * caller's transaction, so an unreachable mail server (503) leaves no account behind.
 */
public final class MemberInvites {
    private final AccountInvitations invitations;
    private final Mailer mailer;
    private final AgencySettings settings;

    /** Wires the ports. */
    public MemberInvites(AccountInvitations invitations, Mailer mailer, AgencySettings settings) {
        this.invitations = Objects.requireNonNull(invitations, "invitations");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return whether an account with this e-mail exists */
    public boolean taken(String email) {
        return invitations.existing(email).isPresent();
    }

    /**
     * Creates the account and mails its set-password link.
     *
     * @throws io.ensemble.shared.errors.Conflict {@code EMAIL_TAKEN} when the e-mail has an account
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the mail server cannot be reached
     */
    public User invite(String email, String name, Role role) {
        AccountInvitations.Invitation invitation = invitations.invite(email, name, role);
        String link = settings.setPasswordUrl() + (settings.setPasswordUrl().contains("?") ? "&" : "?") + "token="
                + URLEncoder.encode(invitation.token(), StandardCharsets.UTF_8);
        mailer.send(new MailMessage(invitation.user().email(), "Welcome to " + settings.agencyName(),
                "Hello " + name + ",\n\nYou have been added to the " + settings.agencyName() + " team. Set your "
                        + "password with this link (it works once, for 24 hours):\n\n" + link + "\n\nThen sign in "
                        + "with " + invitation.user().email() + ".\n\n" + settings.agencyName()));
        return invitation.user();
    }

    /** Mails the templated answer to a rejected application. */
    public void rejected(Application application) {
        mailer.send(new MailMessage(application.email(), "Your application to " + settings.agencyName(),
                "Hello " + application.name() + ",\n\nThank you for applying to " + settings.agencyName()
                        + ". After reviewing your application we will not be moving forward at this time. We keep "
                        + "your details on file and wish you the best.\n\n" + settings.agencyName()));
    }
}
