package io.consumerprotection.core.partner;

import io.consumerprotection.spi.internal.Redaction;
import io.consumerprotection.core.warning.AlertKind;
import io.consumerprotection.core.warning.HotSpotAlert;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * This rise as an alert of the early warning for the current period {@code [from, to]}: kind
     * {@link AlertKind#PARTNER_COUNT_RISE} or {@link AlertKind#PARTNER_SHARE_RISE}, cell {@code [partner id]}, named
     * {@code 合作机构 <id>}, bank-wide; observed the current count; expected the previous count, or for a share rise
     * the count the previous share of the current total gives; probability {@code NaN} (a threshold passed).
     */
    public HotSpotAlert asHotSpotAlert(LocalDate from, LocalDate to, List<String> complaintIds) {
        double expected = kind == Kind.COUNT_RISE ? previous.complaints()
                : previous.total() == 0 ? 0 : (double) previous.complaints() * current.total() / previous.total();
        return new HotSpotAlert(kind == Kind.COUNT_RISE ? AlertKind.PARTNER_COUNT_RISE : AlertKind.PARTNER_SHARE_RISE,
                List.of(partner.value()), "合作机构 " + partner.value(), "", from, to, current.complaints(), expected,
                Double.NaN, complaintIds);
    }

    @Override
    public String toString() {
        return "PartnerAlert[partner=" + Redaction.code(partner.value()) + ", kind=" + kind + ", current=" + current
                + ", previous=" + previous + ", explanation=" + Redaction.text(explanation) + "]";
    }
}
