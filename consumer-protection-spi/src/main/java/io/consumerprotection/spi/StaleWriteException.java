package io.consumerprotection.spi;

import io.consumerprotection.spi.internal.Redaction;

/**
 * A write based on a version the store no longer holds (an optimistic check failed): somebody else changed
 * the record first, or a new record's id is taken. Nothing was written. Used by the stores of incidents,
 * partners and inspections; complaints have their own {@code VersionConflictException}.
 */
public final class StaleWriteException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    private final String recordKind;
    private final String recordId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param recordKind      what kind of record, for example {@code DATA_INCIDENT}
     * @param recordId        its id
     * @param expectedVersion the version the writer read (0 for a new record)
     * @param actualVersion   the version the store holds (0 when it holds none)
     */
    public StaleWriteException(String recordKind, String recordId, long expectedVersion, long actualVersion) {
        super("VERSION_CONFLICT", Redaction.code(recordKind) + " " + Redaction.code(recordId)
                + " was changed concurrently: expected version " + expectedVersion + " but the store holds version "
                + actualVersion + "; nothing was written");
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** What kind of record. */
    public String recordKind() {
        return recordKind;
    }

    /** The record's id. */
    public String recordId() {
        return recordId;
    }

    /** The version the writer read. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the store holds. */
    public long actualVersion() {
        return actualVersion;
    }
}
