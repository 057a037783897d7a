package io.consumerprotection.core.statistics;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * One row of a regulator table: a code with its names, its share of all complaints and its year-on-year
 * change (whose {@code current} is the row's count).
 *
 * @param code       the code ({@code ""} for unclassified complaints)
 * @param nameZh     the Chinese name
 * @param nameEn     the English name
 * @param share      the row's complaints over all complaints of the period
 * @param yearOnYear the row's count against the same period a year before
 */
public record TableRow(String code, String nameZh, String nameEn, Rate share, Change yearOnYear) {

    public TableRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(yearOnYear, "yearOnYear");
    }

    /** The row's count in the current period. */
    public long count() {
        return yearOnYear.current();
    }

    @Override
    public String toString() {
        return "TableRow[code=" + Redaction.code(code) + ", nameZh=" + Redaction.text(nameZh) + ", nameEn="
                + Redaction.text(nameEn) + ", share=" + share + ", yearOnYear=" + yearOnYear + "]";
    }
}
