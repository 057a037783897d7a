package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.ConsumerProtectionException;

/** No deadline policy with the requested id is known (code {@value #CODE}). */
public final class UnknownPolicyException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "UNKNOWN_POLICY";

    /** Creates the exception for an id. */
    public UnknownPolicyException(String id) {
        super(CODE, "no deadline policy " + id + " is known");
    }
}
