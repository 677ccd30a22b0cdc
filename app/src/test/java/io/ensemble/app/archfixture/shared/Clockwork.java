package io.ensemble.app.archfixture.shared;

/** Fixture: a shared-kernel class (not context-bound). */
public final class Clockwork {
}
