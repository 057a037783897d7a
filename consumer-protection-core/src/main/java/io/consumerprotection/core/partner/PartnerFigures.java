package io.consumerprotection.core.partner;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A partner's complaints in a period: how many, how many about debt-collection methods (CAUSE 12, harassment),
 * and their share of all complaints of the period.
 *
 * @param partner     the partner
 * @param complaints  complaints attributed to it
 * @param harassment  of those, complaints whose cause is debt-collection methods
 * @param total       all complaints of the period
 */
public record PartnerFigures(PartnerId partner, long complaints, long harassment, long total) {

    public PartnerFigures {
        Objects.requireNonNull(partner, "partner");
    }

    /** The share of all complaints, in percent with one decimal (0 when there were none). */
    public BigDecimal sharePercent() {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(complaints * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return "PartnerFigures[partner=" + Redaction.code(partner.value()) + ", complaints=" + complaints + ", harassment="
                + harassment + ", total=" + total + "]";
    }
}
