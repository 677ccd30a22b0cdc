package io.ensemble.social;

import java.util.List;
import java.util.UUID;

/**
 * Read port through which other contexts (the admin user detail, issue 20 §1) list a user's linked social
 * accounts without reaching {@link SocialAccountRepository}. Implemented by that repository. Accounts carry no tokens.
 */
public interface FindSocialAccounts {
    /** @return the user's accounts, oldest link first */
    List<SocialAccount> listForUser(UUID userId);
}
