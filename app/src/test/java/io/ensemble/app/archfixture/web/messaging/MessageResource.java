package io.ensemble.app.archfixture.web.messaging;

/** Fixture: a web adapter class. */
public final class MessageResource {
}
