package io.consumerprotection.core.statistics;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The periodic complaint table sent to the regulator (monthly, quarterly, half-year or annual, by the
 * period's kind), as data ready to render: totals with year-on-year and period-on-period change, rows by
 * business category and by cause (every major class of the scheme, in scheme order, then unclassified if
 * any), rows by intake channel, the top causes per business category, regulator-transferred complaints and
 * the on-time, satisfaction, repeat and escalation rates.
 *
 * @param period               the current period
 * @param yearBefore           the same period a year before
 * @param previous             the period before
 * @param schemeVersion        the classification scheme version that names the rows
 * @param total                all complaints against the year before
 * @param periodOnPeriod       all complaints against the previous period
 * @param byBusiness           rows by business category (major class)
 * @param byCause              rows by cause (major class)
 * @param byChannel            rows by intake channel, largest first
 * @param topCausesByBusiness  per business category code, its top causes (cause codes), largest first
 * @param regulatorTransferred regulator-transferred complaints against the year before
 * @param regulatorOnTime      on-time rate of the regulator-transferred complaints
 * @param onTime               on-time rate of all complaints
 * @param satisfaction         satisfaction rate
 * @param repeat               repeat-complaint rate
 * @param escalation           escalation rate
 */
public record RegulatorTable(ReportingPeriod period, ReportingPeriod yearBefore, ReportingPeriod previous,
                             String schemeVersion, Change total, Change periodOnPeriod, List<TableRow> byBusiness,
                             List<TableRow> byCause, List<TableRow> byChannel,
                             Map<String, List<TableRow>> topCausesByBusiness, Change regulatorTransferred,
                             Rate regulatorOnTime, Rate onTime, Rate satisfaction, Rate repeat, Rate escalation) {

    public RegulatorTable {
        Objects.requireNonNull(period, "period");
        byBusiness = List.copyOf(byBusiness);
        byCause = List.copyOf(byCause);
        byChannel = List.copyOf(byChannel);
        topCausesByBusiness = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topCausesByBusiness));
    }

    /** The kind of table: monthly, quarterly, half-year, annual or custom. */
    public PeriodKind kind() {
        return period.kind();
    }

    @Override
    public String toString() {
        return "RegulatorTable[period=" + period + ", yearBefore=" + yearBefore + ", previous=" + previous
                + ", schemeVersion=" + Redaction.code(schemeVersion) + ", total=" + total + ", periodOnPeriod="
                + periodOnPeriod + ", byBusiness=" + byBusiness.size() + " rows, byCause=" + byCause.size()
                + " rows, byChannel=" + byChannel.size() + " rows, topCausesByBusiness="
                + Redaction.codes(topCausesByBusiness.keySet()) + ", regulatorTransferred=" + regulatorTransferred
                + ", regulatorOnTime=" + regulatorOnTime + ", onTime=" + onTime + ", satisfaction=" + satisfaction
                + ", repeat=" + repeat + ", escalation=" + escalation + "]";
    }
}
