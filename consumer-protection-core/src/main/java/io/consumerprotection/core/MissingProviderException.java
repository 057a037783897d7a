package io.consumerprotection.core;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/** {@link ConsumerProtection.Builder#build()} was called without a required SPI implementation. */
public final class MissingProviderException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    MissingProviderException(List<Violation> violations) {
        super("MISSING_PROVIDER", "consumer-protection cannot be built", violations);
    }
}
