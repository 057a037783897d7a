package io.consumerprotection.core.partner;

import io.consumerprotection.spi.ConsumerProtectionException;

/** No partner has this id. */
public final class PartnerNotFoundException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    public PartnerNotFoundException(PartnerId id) {
        super("PARTNER_NOT_FOUND", "no partner " + id.value());
    }
}
