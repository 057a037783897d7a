package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.RegulatorTable;
import io.consumerprotection.core.warning.HotSpotAlert;
import java.util.List;
import java.util.Objects;

/**
 * The quarterly complaint bulletin (季度投诉通报) to the whole bank, with 提示、预警 and advice (seeds 000, 002):
 * totals and their change against the previous quarter and the same quarter last year, the top business ×
 * cause cells, the units ranked by the host's base, typical cases chosen by rule, the hot-spot alerts of the
 * quarter and the rectification advice drafted from them.
 *
 * @param header       kind, period, due date, data versions
 * @param table        the statistics table
 * @param topCells     the largest business × cause cells, largest first
 * @param unitBase     the base units are ranked by (labels and multiplier)
 * @param units        units, highest rate (or count without a base) first
 * @param typicalCases typical cases, by id
 * @param alerts       hot-spot alerts raised in the period
 * @param advice       rectification advice
 */
public record QuarterlyBulletin(ReportHeader header, RegulatorTable table, List<CellFigures> topCells,
                                UnitBase unitBase, List<UnitFigures> units, List<TypicalCase> typicalCases,
                                List<HotSpotAlert> alerts, List<Advice> advice) implements Report {

    public QuarterlyBulletin {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(table, "table");
        topCells = List.copyOf(topCells);
        Objects.requireNonNull(unitBase, "unitBase");
        units = List.copyOf(units);
        typicalCases = List.copyOf(typicalCases);
        alerts = List.copyOf(alerts);
        advice = List.copyOf(advice);
    }
}
