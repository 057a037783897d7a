package io.consumerprotection.examples.host.reporting;

import io.consumerprotection.core.reporting.Advice;
import io.consumerprotection.core.reporting.AnalysisReport;
import io.consumerprotection.core.reporting.CellFigures;
import io.consumerprotection.core.reporting.MonthCount;
import io.consumerprotection.core.reporting.MonthlyStatisticsTable;
import io.consumerprotection.core.reporting.QuarterlyBulletin;
import io.consumerprotection.core.reporting.Report;
import io.consumerprotection.core.reporting.ReportHeader;
import io.consumerprotection.core.reporting.TypicalCase;
import io.consumerprotection.core.reporting.UnitBase;
import io.consumerprotection.core.reporting.UnitFigures;
import io.consumerprotection.core.statistics.Change;
import io.consumerprotection.core.statistics.Rate;
import io.consumerprotection.core.statistics.RegulatorTable;
import io.consumerprotection.core.statistics.TableRow;
import io.consumerprotection.core.warning.HotSpotAlert;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report flattened into its header and titled tables of cells (text, whole numbers or decimals), the one
 * shape the HTML, XLSX and JSON renderings write, so that their figures agree by construction; the test reads
 * the XLSX back to check it. Chinese only, or Chinese first and English second ({@link ReportLanguage}).
 *
 * @param titleZh the report's Chinese title
 * @param titleEn the English title
 * @param header  label → value (period, due date, data versions, totals)
 * @param tables  the tables, in reading order
 * @param language the language of the labels (the English titles are shown only with {@link ReportLanguage#ZH_EN})
 */
public record ReportSheet(String titleZh, String titleEn, Map<String, String> header, List<Table> tables,
                          ReportLanguage language) {

    /**
     * One table.
     *
     * @param key     a stable key (sheet name and JSON field), ASCII
     * @param titleZh the Chinese title
     * @param titleEn the English title
     * @param headers the column headers, Chinese / English
     * @param rows    the rows: each a list of {@link String}, {@link Long} or {@link BigDecimal} ({@code null}: no value)
     * @param chart   the column drawn as a bar chart in HTML, or -1
     */
    public record Table(String key, String titleZh, String titleEn, List<String> headers, List<List<Object>> rows,
                        int chart) {
        public Table {
            Objects.requireNonNull(key, "key");
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }

    /** The sheet of a report, in Chinese. */
    public static ReportSheet of(Report report) {
        return of(report, ReportLanguage.ZH);
    }

    /** The sheet of a report in a language: the same tables, rows and figures in every language. */
    public static ReportSheet of(Report report, ReportLanguage l) {
        Objects.requireNonNull(l, "language");
        ReportHeader h = report.header();
        Map<String, String> head = new LinkedHashMap<>();
        head.put(l.label("报告", "Report"), l.label(h.kind().chinese(), h.kind().english()));
        head.put(l.label("报告期", "Period"), h.period().toString());
        head.put(l.label("报送期限", "Due date"), h.dueDate().toString());
        h.dataVersions().forEach((k, v) -> head.put(l.label("数据版本", "Data version") + ": " + k, v));
        head.put(l.label("读取投诉", "Complaints read"), Long.toString(h.complaintsRead()));
        List<Table> tables = new ArrayList<>();
        RegulatorTable t = report instanceof MonthlyStatisticsTable m ? m.table()
                : report instanceof QuarterlyBulletin q ? q.table() : ((AnalysisReport) report).table();
        tables.add(totals(t, l));
        tables.add(rows("business", "按业务类别", "By business category", t.byBusiness(), l));
        tables.add(rows("cause", "按投诉原因", "By cause", t.byCause(), l));
        tables.add(rows("channel", "按渠道", "By channel", t.byChannel(), l));
        if (report instanceof MonthlyStatisticsTable m) {
            tables.add(rows("source", "按投诉来源", "By source", m.bySource(), l));
        } else if (report instanceof QuarterlyBulletin q) {
            bulletin(tables, q.topCells(), q.unitBase(), q.units(), q.typicalCases(), q.alerts(), q.advice(), l);
        } else if (report instanceof AnalysisReport a) {
            tables.add(trend(a.trend(), l));
            tables.add(handling(a, l));
            bulletin(tables, a.topCells(), a.unitBase(), a.units(), a.typicalCases(), a.alerts(), a.advice(), l);
        }
        return new ReportSheet(h.titleZh(), h.period() + " " + h.kind().english(), head, tables, l);
    }

    private static void bulletin(List<Table> tables, List<CellFigures> cells, UnitBase base, List<UnitFigures> units,
                                 List<TypicalCase> cases, List<HotSpotAlert> alerts, List<Advice> advice,
                                 ReportLanguage l) {
        List<List<Object>> c = new ArrayList<>();
        for (CellFigures f : cells) {
            c.add(row(String.join("|", f.codes()), l.label(f.nameZh(), f.nameEn()), f.count(), pct(f.share()), change(f.yearOnYear()),
                    change(f.periodOnPeriod())));
        }
        tables.add(new Table("topCells", "投诉集中的业务×原因", "Top business × cause cells",
                List.of(l.label("代码", "Codes"), l.label("名称", "Name"), l.label("件数", "Count"), l.label("占比%", "Share %"), l.label("同比%", "YoY %"), l.label("环比%", "PoP %")), c, 2));
        List<List<Object>> u = new ArrayList<>();
        for (UnitFigures f : units) {
            u.add(row(f.unit(), f.count(), f.rate().orElse(null)));
        }
        String rate = base.labelZh().isEmpty() ? l.label("比率", "Rate") : l.label(base.labelZh(), base.labelEn());
        tables.add(new Table("units", "机构排名", "Units ranked", List.of(l.label("机构", "Unit"), l.label("件数", "Count"), rate), u, 1));
        List<List<Object>> k = new ArrayList<>();
        for (TypicalCase tc : cases) {
            k.add(row(tc.complaintId(), (long) tc.score(), tc.reasonsZh()));
        }
        tables.add(new Table("typicalCases", "典型案例（仅编号）", "Typical cases (ids only)",
                List.of(l.label("投诉编号", "Complaint"), l.label("分值", "Score"), l.label("入选原因", "Reasons")), k, -1));
        List<List<Object>> w = new ArrayList<>();
        for (HotSpotAlert a : alerts) {
            w.add(row(l.label(a.kind().chinese(), a.kind().english()), a.cellNameZh(), a.from().toString(), a.to().toString(), a.observed(),
                    a.expectedRounded(), a.probabilityText(), String.join(" ", a.complaintIds())));
        }
        tables.add(new Table("alerts", "热点预警", "Hot-spot alerts", List.of(l.label("类型", "Kind"), l.label("单元", "Cell"), l.label("起", "From"), l.label("止", "To"),
                l.label("实际", "Observed"), l.label("预期", "Expected"), l.label("概率", "P"), l.label("投诉编号", "Complaints")), w, -1));
        List<List<Object>> v = new ArrayList<>();
        for (Advice a : advice) {
            v.add(row(a.key(), l.label(a.textZh(), a.textEn()), a.unit().orElse("")));
        }
        tables.add(new Table("advice", "整改建议", "Rectification advice", List.of(l.label("事项", "Key"), l.label("建议", "Advice"), l.label("机构", "Unit")), v, -1));
    }

    private static Table totals(RegulatorTable t, ReportLanguage l) {
        List<List<Object>> r = new ArrayList<>();
        r.add(row(l.label("投诉总量", "Complaints"), t.total().current(), t.total().previous(), change(t.total()), change(t.periodOnPeriod())));
        r.add(row(l.label("监管转办", "Regulator-transferred"), t.regulatorTransferred().current(), t.regulatorTransferred().previous(),
                change(t.regulatorTransferred()), null));
        List<List<Object>> rates = new ArrayList<>();
        rates.add(row(l.label("按时办结率", "On time"), pct(t.onTime()), t.onTime().numerator(), t.onTime().denominator()));
        rates.add(row(l.label("监管转办按时率", "Regulator on time"), pct(t.regulatorOnTime()), t.regulatorOnTime().numerator(),
                t.regulatorOnTime().denominator()));
        rates.add(row(l.label("满意率", "Satisfied"), pct(t.satisfaction()), t.satisfaction().numerator(), t.satisfaction().denominator()));
        rates.add(row(l.label("重复投诉率", "Repeat"), pct(t.repeat()), t.repeat().numerator(), t.repeat().denominator()));
        rates.add(row(l.label("升级投诉率", "Escalated"), pct(t.escalation()), t.escalation().numerator(), t.escalation().denominator()));
        for (List<Object> x : rates) {
            r.add(row(x.get(0), x.get(2), x.get(3), x.get(1), null));
        }
        return new Table("totals", "总体情况", "Totals", List.of(l.label("指标", "Figure"), l.label("本期", "Current"), l.label("去年同期或分母", "Year before or base"),
                l.label("同比%或比率%", "YoY % or rate %"), l.label("环比%", "PoP %")), r, -1);
    }

    private static Table rows(String key, String zh, String en, List<TableRow> rows, ReportLanguage l) {
        List<List<Object>> r = new ArrayList<>();
        for (TableRow x : rows) {
            r.add(row(x.code(), l.label(x.nameZh(), x.nameEn()), x.count(), pct(x.share()), change(x.yearOnYear())));
        }
        return new Table(key, zh, en, List.of(l.label("代码", "Code"), l.label("名称", "Name"), l.label("件数", "Count"), l.label("占比%", "Share %"), l.label("同比%", "YoY %")), r, 2);
    }

    private static Table trend(List<MonthCount> months, ReportLanguage l) {
        List<List<Object>> r = new ArrayList<>();
        for (MonthCount m : months) {
            r.add(row(m.month().toString(), m.complaints()));
        }
        return new Table("trend", "月度趋势", "Trend by month", List.of(l.label("月份", "Month"), l.label("件数", "Count")), r, 1);
    }

    private static Table handling(AnalysisReport a, ReportLanguage l) {
        List<List<Object>> r = new ArrayList<>();
        var h = a.handling();
        r.add(rateRow(l.label("法定时限内办结", "Statutory on time"), h.statutoryOnTime()));
        r.add(rateRow(l.label("3日内联系客户", "Contact (3)"), h.contactOnTime()));
        r.add(rateRow(l.label("5日内提出方案", "Plan (5)"), h.planOnTime()));
        r.add(rateRow(l.label("10日内基本办结", "Resolve (10)"), h.resolveOnTime()));
        r.add(rateRow(l.label("3-5-10 全部达标", "All of 3-5-10"), h.threeFiveTen()));
        return new Table("handling", "办理时效", "Handling on time", List.of(l.label("指标", "Figure"), l.label("比率%", "Rate %"), l.label("达标", "Met"),
                l.label("计入", "Counted")), r, -1);
    }

    private static List<Object> rateRow(String label, Rate rate) {
        return row(label, pct(rate), rate.numerator(), rate.denominator());
    }

    private static BigDecimal pct(Rate r) {
        return r.percent().orElse(null);
    }

    private static BigDecimal change(Change c) {
        return c.percent().orElse(null);
    }

    private static List<Object> row(Object... cells) {
        List<Object> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(c instanceof Integer i ? (Object) i.longValue() : c);
        }
        return r;
    }
}
