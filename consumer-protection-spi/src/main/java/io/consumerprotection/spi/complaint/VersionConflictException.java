package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.internal.Redaction;

/**
 * A save that expected a version the store no longer holds: somebody else changed the complaint first.
 * Nothing was written. Reload the complaint and apply the change again.
 */
public final class VersionConflictException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    private final String complaintId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param complaintId     the complaint
     * @param expectedVersion the version the writer read
     * @param actualVersion   the version the store holds (0 when it holds none)
     */
    public VersionConflictException(String complaintId, long expectedVersion, long actualVersion) {
        super("VERSION_CONFLICT", "complaint " + Redaction.code(complaintId) + " was changed concurrently: expected version "
                + expectedVersion + " but the store holds version " + actualVersion + "; nothing was written");
        this.complaintId = complaintId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String complaintId() {
        return complaintId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
