package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.RegulatorTable;
import io.consumerprotection.core.statistics.TableRow;
import java.util.List;
import java.util.Objects;

/**
 * The monthly complaint statistics table to the regulator (投诉分析统计表, seed 000): by business, cause,
 * channel and source, regulator-transferred, on time and satisfied.
 *
 * @param header   kind, period, due date, data versions
 * @param table    the statistics table (business, cause, channel, rates)
 * @param bySource rows by complaint source, largest first
 */
public record MonthlyStatisticsTable(ReportHeader header, RegulatorTable table, List<TableRow> bySource)
        implements Report {

    public MonthlyStatisticsTable {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(table, "table");
        bySource = List.copyOf(bySource);
    }
}
