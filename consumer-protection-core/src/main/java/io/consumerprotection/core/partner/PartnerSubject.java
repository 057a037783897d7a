package io.consumerprotection.core.partner;

import java.util.Objects;

/**
 * A partner as the audit rules see it: its record and its complaint figures for the audit period.
 *
 * @param partner the partner
 * @param figures its complaints in the audit period (total, harassment)
 */
public record PartnerSubject(Partner partner, PartnerFigures figures) {

    public PartnerSubject {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(figures, "figures");
    }
}
