package io.consumerprotection.spi.rectification;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.internal.Redaction;

/**
 * A save of a rectification item that expected a version the store no longer holds (or a new item whose
 * id is taken). Nothing was written. Code {@code VERSION_CONFLICT}.
 */
public final class RectificationConflictException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param itemId          the item
     * @param expectedVersion the version the writer read (0 for a new item)
     * @param actualVersion   the version the store holds (0 when it holds none)
     */
    public RectificationConflictException(String itemId, long expectedVersion, long actualVersion) {
        super("VERSION_CONFLICT", "rectification item " + Redaction.code(itemId) + ": expected version "
                + expectedVersion + " but the store holds version " + actualVersion + "; nothing was written");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
