package io.consumerprotection.core.partner;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * A warning that a partner's complaints rose between two periods (seed 003: agency-sale complaints driven by
 * partners rose to 18%).
 *
 * @param partner     the partner
 * @param kind        {@code COUNT_RISE} or {@code SHARE_RISE}
 * @param current     the figures of the current period
 * @param previous    the figures of the period compared with
 * @param explanation what rose and which threshold it passed (Chinese first)
 */
public record PartnerAlert(PartnerId partner, Kind kind, PartnerFigures current, PartnerFigures previous, String explanation) {

    /** What rose. */
    public enum Kind {
        /** The count of complaints. */
        COUNT_RISE,
        /** The share of all complaints. */
        SHARE_RISE
    }

    public PartnerAlert {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String toString() {
        return "PartnerAlert[partner=" + Redaction.code(partner.value()) + ", kind=" + kind + ", current=" + current
                + ", previous=" + previous + ", explanation=" + Redaction.text(explanation) + "]";
    }
}
