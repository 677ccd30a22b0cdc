package io.ensemble.shared.audit;

/**
 * The port other contexts call to add to the audit trail (issue 20 §2). Call it inside the
 * transaction of the change it describes, so the record and the change commit or roll back
 * together; an event that is itself a failure (e.g. a failed login) is recorded in its own
 * transaction before the failure is thrown.
 */
public interface AuditRecorder {
    /**
     * Appends one record, stamped with a new id and the current time.
     *
     * @return the stored record (secrets already redacted)
     */
    AuditRecord record(AuditEntry entry);
}
