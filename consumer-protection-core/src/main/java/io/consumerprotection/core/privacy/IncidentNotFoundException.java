package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.internal.Redaction;

/** No personal-data incident has this id. */
public final class IncidentNotFoundException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    public IncidentNotFoundException(IncidentId id) {
        super("INCIDENT_NOT_FOUND", "no personal-data incident " + Redaction.code(id.value()));
    }
}
