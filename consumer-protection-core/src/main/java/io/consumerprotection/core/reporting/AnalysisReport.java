package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.RegulatorTable;
import io.consumerprotection.core.warning.HotSpotAlert;
import java.util.List;
import java.util.Objects;

/**
 * The half-year or annual complaint analysis report (投诉情况分析报告) to the regulator: everything of the
 * bulletin plus the trend by month, repeat and escalated complaints, regulator-transferred complaints and
 * their outcomes (in the table), and the 3-5-10 and statutory on-time rates.
 *
 * @param header       kind, period, due date, data versions
 * @param table        the statistics table (with repeat, escalation and regulator figures)
 * @param topCells     the largest business × cause cells
 * @param unitBase     the base units are ranked by
 * @param units        units ranked
 * @param typicalCases typical cases, by id
 * @param alerts       hot-spot alerts raised in the period
 * @param advice       rectification advice
 * @param trend        complaints per month of the period, in order
 * @param handling     on-time rates
 */
public record AnalysisReport(ReportHeader header, RegulatorTable table, List<CellFigures> topCells, UnitBase unitBase,
                             List<UnitFigures> units, List<TypicalCase> typicalCases, List<HotSpotAlert> alerts,
                             List<Advice> advice, List<MonthCount> trend, HandlingRates handling) implements Report {

    public AnalysisReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(table, "table");
        topCells = List.copyOf(topCells);
        Objects.requireNonNull(unitBase, "unitBase");
        units = List.copyOf(units);
        typicalCases = List.copyOf(typicalCases);
        alerts = List.copyOf(alerts);
        advice = List.copyOf(advice);
        trend = List.copyOf(trend);
        Objects.requireNonNull(handling, "handling");
    }
}
