package io.consumerprotection.core.rectification;

import io.consumerprotection.spi.ConsumerProtectionException;

/** No rectification item with the id asked for. Code {@code RECTIFICATION_NOT_FOUND}. */
public final class RectificationNotFoundException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    RectificationNotFoundException(RectificationId id) {
        super("RECTIFICATION_NOT_FOUND", "no rectification item " + id);
    }
}
