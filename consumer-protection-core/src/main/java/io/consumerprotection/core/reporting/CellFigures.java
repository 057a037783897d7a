package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.Change;
import io.consumerprotection.core.statistics.Rate;
import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * One business × cause cell of a report, with its names from the classification scheme.
 *
 * @param codes          the business and cause codes (major class; {@code ""} for unclassified)
 * @param nameZh         {@code 银行卡 · 定价收费}
 * @param nameEn         {@code Bank cards · Pricing and fees}
 * @param share          the cell's complaints over all complaints of the period
 * @param yearOnYear     against the same period a year before ({@code current} is the cell's count)
 * @param periodOnPeriod against the previous period
 */
public record CellFigures(List<String> codes, String nameZh, String nameEn, Rate share, Change yearOnYear,
                          Change periodOnPeriod) {

    public CellFigures {
        codes = List.copyOf(codes);
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(yearOnYear, "yearOnYear");
        Objects.requireNonNull(periodOnPeriod, "periodOnPeriod");
    }

    /** The cell's complaints in the period. */
    public long count() {
        return yearOnYear.current();
    }

    @Override
    public String toString() {
        return "CellFigures[codes=" + Redaction.codes(codes) + ", count=" + count() + ", share=" + share + "]";
    }
}
