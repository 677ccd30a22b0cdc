package io.ensemble.testing;

/** An in-memory store whose state can be captured and put back, to simulate a rollback. */
public interface Snapshottable {
    /** @return an action that restores the state as it is now */
    Runnable snapshot();
}
