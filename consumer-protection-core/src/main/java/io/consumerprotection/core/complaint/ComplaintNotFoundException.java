package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.ConsumerProtectionException;

/** No complaint with this id is stored. */
public final class ComplaintNotFoundException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    private final ComplaintId id;

    public ComplaintNotFoundException(ComplaintId id) {
        super("COMPLAINT_NOT_FOUND", "no complaint with id " + id);
        this.id = id;
    }

    public ComplaintId id() {
        return id;
    }
}
