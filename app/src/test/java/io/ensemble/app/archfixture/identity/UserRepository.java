package io.ensemble.app.archfixture.identity;

/** Fixture: a context's repository port. */
public interface UserRepository {
    /** @return a user name */
    String name(String id);
}
