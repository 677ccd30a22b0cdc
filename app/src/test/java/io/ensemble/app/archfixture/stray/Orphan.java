package io.ensemble.app.archfixture.stray;

/** Fixture: a package no module claims. */
public final class Orphan {
}
