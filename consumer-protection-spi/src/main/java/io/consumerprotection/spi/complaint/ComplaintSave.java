package io.consumerprotection.spi.complaint;

import java.util.Objects;

/**
 * One complaint of an {@link AtomicComplaintStore#saveAll} call: the record to store and the version the caller
 * read, as {@link ComplaintStore#save} takes them.
 *
 * @param record          the complaint; its {@code version} field is ignored
 * @param expectedVersion the version the caller read, {@code 0} for a new complaint
 */
public record ComplaintSave(ComplaintRecord record, long expectedVersion) {

    /** Checks the arguments. */
    public ComplaintSave {
        Objects.requireNonNull(record, "record");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative: " + expectedVersion);
        }
    }
}
