package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value given as an identifier is not a valid one; code {@code INVALID_IDENTIFIER}, one
 * violation naming the field and the {@link InvalidReason}. The message never contains the value.
 */
public final class InvalidIdentifierException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The stable code. */
    public static final String CODE = "INVALID_IDENTIFIER";

    private final transient IdentifierCheck check;

    /** Creates the exception for an invalid check of the value of {@code field}. */
    public InvalidIdentifierException(String field, IdentifierCheck check) {
        super(CODE, "not a valid " + check.type(), List.of(Violation.of(Objects.requireNonNull(field, "field"),
                check.reason().orElseThrow(() -> new IllegalArgumentException("check must be invalid")).name(),
                check.reason().get().message())));
        this.check = check;
    }

    /** The failed check. */
    public IdentifierCheck check() {
        return check;
    }
}
