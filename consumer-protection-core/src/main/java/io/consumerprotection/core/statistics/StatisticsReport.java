package io.consumerprotection.core.statistics;

import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.SchemeCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a statistics run: figures for the current period, the previous period and the same period a
 * year before, overall and per group of every grouping counted. Immutable.
 */
public final class StatisticsReport {

    private static final Comparator<GroupFigures> LARGEST_FIRST = Comparator
            .comparingLong((GroupFigures g) -> g.current().complaints()).reversed()
            .thenComparing(g -> String.join("\u001f", g.key()));

    private final ComplaintStatistics run;
    private final ComplaintFigures[] totals;
    private final Map<Grouping, Map<List<String>, ComplaintFigures[]>> groups;
    private final long skipped;

    StatisticsReport(ComplaintStatistics run, ComplaintFigures[] totals,
                     Map<Grouping, Map<List<String>, ComplaintFigures[]>> groups, long skipped) {
        this.run = run;
        this.totals = totals.clone();
        this.groups = groups;
        this.skipped = skipped;
    }

    /** The current period. */
    public ReportingPeriod period() {
        return run.period();
    }

    /** The previous period. */
    public ReportingPeriod previousPeriod() {
        return run.period().previous();
    }

    /** The same period a year before. */
    public ReportingPeriod yearBeforePeriod() {
        return run.period().yearBefore();
    }

    /** All complaints of the current period. */
    public ComplaintFigures total() {
        return totals[0];
    }

    /** All complaints of the previous period. */
    public ComplaintFigures previousTotal() {
        return totals[1];
    }

    /** All complaints of the same period a year before. */
    public ComplaintFigures yearBeforeTotal() {
        return totals[2];
    }

    /** The change of the complaint count against the same period a year before. */
    public Change yearOnYear() {
        return Change.of(totals[0].complaints(), totals[2].complaints());
    }

    /** The change of the complaint count against the previous period. */
    public Change periodOnPeriod() {
        return Change.of(totals[0].complaints(), totals[1].complaints());
    }

    /** Complaints in the stream that fell in none of the three periods. */
    public long skipped() {
        return skipped;
    }

    /** The groupings counted. */
    public List<Grouping> groupings() {
        return List.copyOf(groups.keySet());
    }

    /**
     * Every group of a grouping with a complaint in any of the three periods, largest current count first.
     *
     * @throws IllegalArgumentException if the grouping was not counted in this run
     */
    public List<GroupFigures> groups(Grouping grouping) {
        Map<List<String>, ComplaintFigures[]> m = groups.get(Objects.requireNonNull(grouping, "grouping"));
        if (m == null) {
            throw new IllegalArgumentException("grouping: " + grouping + " was not counted; counted: " + groups.keySet());
        }
        List<GroupFigures> out = new ArrayList<>(m.size());
        m.forEach((k, f) -> out.add(new GroupFigures(k, f[0], f[1], f[2], totals[0].complaints())));
        out.sort(LARGEST_FIRST);
        return out;
    }

    /**
     * The figures of one group (empty figures when it had no complaint in any period).
     *
     * @throws IllegalArgumentException if the grouping was not counted or the key has the wrong size
     */
    public GroupFigures group(Grouping grouping, String... key) {
        if (key.length != grouping.size()) {
            throw new IllegalArgumentException("key: " + grouping + " needs " + grouping.size() + " values");
        }
        groups(grouping);
        List<String> k = Arrays.asList(key);
        ComplaintFigures[] f = groups.get(grouping).get(k);
        ComplaintFigures none = ComplaintFigures.NONE;
        return f == null ? new GroupFigures(k, none, none, none, totals[0].complaints())
                : new GroupFigures(k, f[0], f[1], f[2], totals[0].complaints());
    }

    /**
     * For a pair grouping, per value of the first component (largest first), its top {@code n} values of the
     * second component by current count.
     */
    public Map<String, List<GroupFigures>> topWithin(Grouping pair, int n) {
        if (pair.size() != 2) {
            throw new IllegalArgumentException("pair: " + pair + " is not a pair grouping");
        }
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        Map<String, Long> outerTotals = new LinkedHashMap<>();
        Map<String, List<GroupFigures>> inner = new LinkedHashMap<>();
        for (GroupFigures g : groups(pair)) {
            if (g.current().complaints() == 0) {
                continue;
            }
            outerTotals.merge(g.key().get(0), g.current().complaints(), Long::sum);
            inner.computeIfAbsent(g.key().get(0), k -> new ArrayList<>()).add(g);
        }
        Map<String, List<GroupFigures>> out = new LinkedHashMap<>();
        outerTotals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), List.copyOf(inner.get(e.getKey()).subList(0,
                        Math.min(n, inner.get(e.getKey()).size())))));
        return out;
    }

    /** Per business category (major class), its top {@code n} causes (major class) in the current period. */
    public Map<String, List<GroupFigures>> topCausesByBusiness(int n) {
        return topWithin(ComplaintStatistics.BUSINESS_BY_CAUSE, n);
    }

    /**
     * Complaints of the current period per {@code unit} of a host-supplied denominator, to two decimals
     * half-up: {@code per(10_000, customers)} for complaints per 10,000 customers, {@code per(1, branches)}
     * per branch, {@code per(10_000_000, personalCustomers)} and {@code per(1_000, branches)} as the regulator
     * normalises. Empty when the denominator is zero.
     */
    public Optional<BigDecimal> per(long unit, long denominator) {
        if (unit < 1) {
            throw new IllegalArgumentException("unit must be at least 1: " + unit);
        }
        if (denominator < 0) {
            throw new IllegalArgumentException("denominator must not be negative: " + denominator);
        }
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(totals[0].complaints()).multiply(BigDecimal.valueOf(unit))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
    }

    /** Complaints of the current period per 10,000 customers (two decimals, half-up). */
    public Optional<BigDecimal> perTenThousandCustomers(long customers) {
        return per(10_000, customers);
    }

    /** Complaints of the current period per branch (two decimals, half-up). */
    public Optional<BigDecimal> perBranch(long branches) {
        return per(1, branches);
    }

    /** The regulator's periodic table for the current period, with rows named from the scheme. */
    public RegulatorTable regulatorTable() {
        ClassificationScheme scheme = run.mapping().map(m -> run.catalog().version(m.toVersion()))
                .orElse(run.catalog().latest());
        Map<String, List<TableRow>> top = new LinkedHashMap<>();
        topCausesByBusiness(3).forEach((b, list) -> top.put(b, list.stream()
                .map(g -> row(scheme, Dimension.CAUSE, g.key().get(1), g)).toList()));
        ComplaintFigures t = totals[0];
        return new RegulatorTable(period(), yearBeforePeriod(), previousPeriod(), scheme.version(), yearOnYear(),
                periodOnPeriod(), rows(scheme, Dimension.BUSINESS, ComplaintStatistics.BUSINESS_MAJOR),
                rows(scheme, Dimension.CAUSE, ComplaintStatistics.CAUSE_MAJOR),
                groups(ComplaintStatistics.CHANNEL).stream().filter(g -> g.current().complaints() > 0)
                        .map(g -> new TableRow(g.key().get(0), g.key().get(0), g.key().get(0), g.share(), g.yearOnYear()))
                        .toList(),
                top, Change.of(t.regulatorTransferred(), totals[2].regulatorTransferred()), t.regulatorOnTimeRate(),
                t.onTimeRate(), t.satisfactionRate(), t.repeatRate(), t.escalationRate());
    }

    private List<TableRow> rows(ClassificationScheme scheme, Dimension d, Grouping g) {
        List<TableRow> out = new ArrayList<>();
        for (SchemeCode c : scheme.roots(d)) {
            out.add(row(scheme, d, c.code(), group(g, c.code())));
        }
        for (GroupFigures f : groups(g)) {
            String code = f.key().get(0);
            if (scheme.find(d, code).isEmpty() && (f.current().complaints() > 0 || f.yearBefore().complaints() > 0)) {
                out.add(row(scheme, d, code, f));
            }
        }
        return out;
    }

    private static TableRow row(ClassificationScheme scheme, Dimension d, String code, GroupFigures f) {
        Optional<SchemeCode> c = code.isEmpty() ? Optional.empty() : scheme.find(d, code);
        String zh = c.map(SchemeCode::nameZh).orElse(code.isEmpty() ? "未分类" : code);
        String en = c.map(SchemeCode::nameEn).orElse(code.isEmpty() ? "Unclassified" : code);
        return new TableRow(code, zh, en, f.share(), f.yearOnYear());
    }

    @Override
    public String toString() {
        return "StatisticsReport[" + period() + ", complaints=" + totals[0].complaints() + ", " + yearOnYear() + "]";
    }
}
