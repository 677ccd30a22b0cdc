package io.ensemble.privacy;

/**
 * Port: one step of an account's erasure (issue 20 §4), implemented by each context that holds
 * personal data (its rows, its files, its grants at a provider). A step must be idempotent: the
 * erasure job runs the steps in order and, after a crash, runs the interrupted step again.
 */
public interface ErasePersonalData {

    /** @return the step's stable kebab-case name, e.g. {@code messaging}, shown in the job's progress */
    String step();

    /**
     * Erases (deletes, blanks or pseudonymises) the subject's personal data this context holds.
     *
     * @param subject the user and the personal terms (e-mail, name, phone) to scrub from free text
     */
    void erase(ErasureSubject subject);
}
