package io.consumerprotection.core.statistics;

import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.CodeMapping;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.SchemeCode;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.Satisfaction;
import io.consumerprotection.core.internal.TimelineIndex;
import io.consumerprotection.core.internal.ZoneDay;
import io.consumerprotection.core.internal.reporting.CodeTable;
import io.consumerprotection.core.internal.reporting.LongCodeTable;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The mutable accumulator of one statistics run: feed complaints with {@link #accumulate}, combine partial
 * tallies of a parallel run with {@link #combine}, and take the {@link #report()}. Not thread-safe; memory is
 * bounded by the number of groups.
 */
public final class Tally {

    private static final int CURRENT = 0;
    private static final int PREVIOUS = 1;
    private static final int YEAR_BEFORE = 2;
    private static final char SEP = '\u001f';

    private static final String DECISION = "DECISION";
    private static final String REGULATOR = Channel.REGULATOR_TRANSFER.name();
    private static final String PBOC = Channel.PBOC_TRANSFER.name();
    private static final String SATISFIED = Satisfaction.SATISFIED.name();
    private static final String BASICALLY_SATISFIED = Satisfaction.BASICALLY_SATISFIED.name();

    private final ComplaintStatistics run;
    private final long[] startDay = new long[3];
    private final long[] endDay = new long[3];
    private final Grouping[] groupings;
    private final Grouping.Part[] uniqueParts;
    private final int[][] partIndex;
    // the cell kernel: per unique part, the stored value interned once per distinct string, with the code of its
    // grouping value (rolled up, mapped) and, for a multi-valued dimension alone in a grouping, of its decoded codes
    private final CodeTable[] raw;
    private final CodeTable[] valueCodes;
    private final CodeTable[] decodedCodes;
    private int[][] valueOf;
    private int[][][] decodedOf;
    private final int[] codes;
    // per grouping: the tables that fold a cell's codes into its dense index, the cell's values, and its counters
    private final LongCodeTable[] cellTables;
    private final CodeTable[] wideKeys;
    /** For a grouping of one part: its cell of each value code, + 1 (0: none yet); the cells in first-seen order. */
    private final int[][] singleCells;
    private final List<List<String[]>> cellValues;
    private final long[][] counts;
    private final long[] totals = new long[3 * FIELDS];
    private final Map<String, String>[] rollUps;
    private final ZoneDay days;
    private final ClassificationScheme scheme;
    private final CodeMapping mapping;
    private long skipped;

    @SuppressWarnings("unchecked")
    Tally(ComplaintStatistics run) {
        this.run = run;
        ReportingPeriod[] periods = {run.period(), run.period().previous(), run.period().yearBefore()};
        for (int i = 0; i < 3; i++) {
            startDay[i] = periods[i].start().toEpochDay();
            endDay[i] = periods[i].end().toEpochDay();
        }
        this.groupings = run.groupings().toArray(new Grouping[0]);
        this.rollUps = new Map[Dimension.values().length * 8];
        List<Grouping.Part> uniq = new java.util.ArrayList<>();
        this.partIndex = new int[groupings.length][];
        for (int g = 0; g < groupings.length; g++) {
            List<Grouping.Part> ps = groupings[g].parts();
            partIndex[g] = new int[ps.size()];
            for (int i = 0; i < ps.size(); i++) {
                int at = uniq.indexOf(ps.get(i));
                if (at < 0) {
                    at = uniq.size();
                    uniq.add(ps.get(i));
                }
                partIndex[g][i] = at;
            }
        }
        this.uniqueParts = uniq.toArray(new Grouping.Part[0]);
        int parts = uniqueParts.length;
        this.raw = new CodeTable[parts];
        this.valueCodes = new CodeTable[parts];
        this.decodedCodes = new CodeTable[parts];
        this.valueOf = new int[parts][];
        this.decodedOf = new int[parts][][];
        for (int k = 0; k < parts; k++) {
            raw[k] = new CodeTable();
            valueCodes[k] = new CodeTable();
            decodedCodes[k] = new CodeTable();
            valueOf[k] = new int[0];
            decodedOf[k] = new int[0][];
        }
        this.codes = new int[parts];
        this.cellTables = new LongCodeTable[groupings.length];
        this.wideKeys = new CodeTable[groupings.length];
        this.singleCells = new int[groupings.length][16];
        this.cellValues = new java.util.ArrayList<>();
        this.counts = new long[groupings.length][];
        for (int g = 0; g < groupings.length; g++) {
            cellTables[g] = new LongCodeTable();
            wideKeys[g] = new CodeTable();
            cellValues.add(new java.util.ArrayList<>());
            counts[g] = new long[16 * 3 * FIELDS];
        }
        this.days = ZoneDay.of(run.zone());
        this.mapping = run.mapping().orElse(null);
        this.scheme = mapping == null ? run.catalog().latest() : run.catalog().version(mapping.toVersion());
    }

    /** Counts one complaint in every period and group it belongs to. */
    public Tally accumulate(ComplaintRecord r) {
        long day = days.epochDay(r.receivedAt());
        boolean inCurrent = day >= startDay[CURRENT] && day <= endDay[CURRENT];
        boolean inPrevious = day >= startDay[PREVIOUS] && day <= endDay[PREVIOUS];
        boolean inYearBefore = day >= startDay[YEAR_BEFORE] && day <= endDay[YEAR_BEFORE];
        if (!inCurrent && !inPrevious && !inYearBefore) {
            skipped++;
            return this;
        }
        int facts = facts(r);
        int periods = (inCurrent ? 1 : 0) | (inPrevious ? 2 : 0) | (inYearBefore ? 4 : 0);
        add(totals, 0, facts, periods);
        for (int k = 0; k < uniqueParts.length; k++) {
            codes[k] = valueCode(k, r);
        }
        for (int g = 0; g < groupings.length; g++) {
            int[] idx = partIndex[g];
            if (idx.length == 1) {
                int k = idx[0];
                Grouping.Part p = uniqueParts[k];
                if (p.dimension() != null && p.dimension().isMultiValued()) {
                    for (int code : decoded(k)) {
                        count(g, single(g, code), facts, periods);
                    }
                } else {
                    count(g, single(g, codes[k]), facts, periods);
                }
            } else if (idx.length == 2) {
                count(g, cellTables[g].code(LongCodeTable.pair(codes[idx[0]], codes[idx[1]])), facts, periods);
            } else {
                StringBuilder key = new StringBuilder(16);
                for (int i = 0; i < idx.length; i++) {
                    if (i > 0) {
                        key.append(SEP);
                    }
                    key.append(valueCodes[idx[i]].value(codes[idx[i]]));
                }
                count(g, cellTables[g].code(wideKeys[g].code(key.toString())), facts, periods);
            }
        }
        return this;
    }

    /** The code of the grouping value of part {@code k} of a record (its stored value interned, then its value's). */
    private int valueCode(int k, ComplaintRecord r) {
        int c = raw[k].code(stored(uniqueParts[k], r));
        int[] of = valueOf[k];
        if (c >= of.length) {
            int[] grown = java.util.Arrays.copyOf(of, Math.max(16, c * 2));
            java.util.Arrays.fill(grown, of.length, grown.length, -1);
            valueOf[k] = of = grown;
        }
        int v = of[c];
        if (v < 0) {
            v = valueCodes[k].code(value(uniqueParts[k], raw[k].value(c)));
            of[c] = v;
        }
        return v;
    }

    /** The codes of the single-grouping values of a multi-valued part's current record (its codes rolled up). */
    private int[] decoded(int k) {
        int c = codes[k]; // for a multi-valued dimension the value is the stored text itself
        int[][] of = decodedOf[k];
        if (c >= of.length) {
            of = java.util.Arrays.copyOf(of, Math.max(16, c * 2));
            decodedOf[k] = of;
        }
        int[] d = of[c];
        if (d == null) {
            Grouping.Part p = uniqueParts[k];
            String v = valueCodes[k].value(c);
            if (v.isEmpty()) {
                d = new int[] {decodedCodes[k].code(v)};
            } else {
                List<String> all = p.dimension().decode(v);
                d = new int[all.size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = decodedCodes[k].code(roll(p, all.get(i)));
                }
            }
            of[c] = d;
        }
        return d;
    }

    /** The cell of a one-part grouping for a value code (a new one, registered in {@code cellTables}, when unseen). */
    private int single(int g, int code) {
        int[] cells = singleCells[g];
        if (code < cells.length) {
            int c = cells[code];
            if (c != 0) {
                return c - 1;
            }
        } else {
            cells = java.util.Arrays.copyOf(cells, Math.max(code + 1, cells.length * 2));
            singleCells[g] = cells;
        }
        int c = cellTables[g].code(code);
        cells[code] = c + 1;
        return c;
    }

    private void count(int g, int cell, int facts, int periods) {
        List<String[]> values = cellValues.get(g);
        if (cell == values.size()) {
            values.add(cellValuesOf(g));
            int need = (cell + 1) * 3 * FIELDS;
            if (need > counts[g].length) {
                counts[g] = java.util.Arrays.copyOf(counts[g], Math.max(need, counts[g].length * 2));
            }
        }
        add(counts[g], cell * 3 * FIELDS, facts, periods);
    }

    /** The values of the cell the current record falls in for grouping {@code g} (called once per new cell). */
    private String[] cellValuesOf(int g) {
        int[] idx = partIndex[g];
        if (idx.length == 1) {
            Grouping.Part p = uniqueParts[idx[0]];
            LongCodeTable t = cellTables[g];
            int code = (int) t.key(t.size() - 1);
            return new String[] {p.dimension() != null && p.dimension().isMultiValued()
                    ? decodedCodes[idx[0]].value(code) : valueCodes[idx[0]].value(code)};
        }
        if (idx.length == 2) {
            return new String[] {valueCodes[idx[0]].value(codes[idx[0]]), valueCodes[idx[1]].value(codes[idx[1]])};
        }
        CodeTable w = wideKeys[g];
        return new String[] {w.value(w.size() - 1)};
    }

    /** The stored value of one grouping part for a record ({@code ""} when absent). */
    private static String stored(Grouping.Part p, ComplaintRecord r) {
        String v;
        if (p.dimension() == null) {
            v = Grouping.INTAKE_CHANNEL.equals(p.field()) ? r.channel() : r.receivingUnit();
        } else {
            v = r.classification().get(p.dimension().name());
        }
        return v == null ? "" : v;
    }

    /** The value of one grouping part for a stored value (for a multi-valued dimension in a pair: all codes joined). */
    private String value(Grouping.Part p, String v) {
        if (p.dimension() == null || v.isEmpty()) {
            return v;
        }
        return p.dimension().isMultiValued() ? v : roll(p, v);
    }

    private String roll(Grouping.Part p, String code) {
        if (p.level() == 0 && mapping == null) {
            return code;
        }
        int slot = p.dimension().ordinal() * 8 + Math.min(p.level(), 7);
        Map<String, String> cache = rollUps[slot];
        if (cache == null) {
            cache = new HashMap<>();
            rollUps[slot] = cache;
        }
        String rolled = cache.get(code);
        if (rolled == null) {
            rolled = rollUncached(p, code);
            cache.put(code, rolled);
        }
        return rolled;
    }

    private String rollUncached(Grouping.Part p, String code) {
        String c = code;
        if (mapping != null) {
            String primary = mapping.primary(p.dimension(), code);
            c = primary == null ? code : primary;
        }
        if (p.level() == 0) {
            return c;
        }
        Optional<SchemeCode> found = scheme.find(p.dimension(), c);
        if (found.isEmpty()) {
            for (ClassificationScheme s : run.catalog().versions()) {
                found = s.find(p.dimension(), c);
                if (found.isPresent()) {
                    return s.rollUp(p.dimension(), c, p.level()).code();
                }
            }
            return c;
        }
        return scheme.rollUp(p.dimension(), c, p.level()).code();
    }

    // fact bits
    static final int DECIDED_WITH_DUE = 1;
    static final int ON_TIME = 2;
    static final int RESPONDED = 4;
    static final int SATISFIED_BIT = 8;
    static final int REPEAT = 16;
    static final int ESCALATED_BIT = 32;
    static final int REGULATOR_BIT = 64;

    private static final int DECIDED_TYPE = ComplaintEventType.DECIDED.ordinal();
    private static final int SATISFACTION_TYPE = ComplaintEventType.SATISFACTION_RECORDED.ordinal();
    private static final int ESCALATED_TYPE = ComplaintEventType.ESCALATED.ordinal();
    private static final int REPEAT_MERGED_TYPE = ComplaintEventType.REPEAT_MERGED.ordinal();
    private static final int MERGED_TYPE = ComplaintEventType.MERGED.ordinal();

    /** The fact bits of a complaint, read from its timeline index (first decision, last satisfaction recorded). */
    private int facts(ComplaintRecord r) {
        List<TimelineEventRecord> timeline = r.timeline();
        TimelineIndex index = TimelineIndex.of(timeline);
        int f = 0;
        int decided = index.next(DECIDED_TYPE, 0);
        if (decided >= 0) {
            LocalDate due = r.dueDates().get(DECISION);
            if (due != null) {
                f |= DECIDED_WITH_DUE;
                if (days.epochDay(timeline.get(decided).at()) <= due.toEpochDay()) {
                    f |= ON_TIME;
                }
            }
        }
        String satisfaction = null;
        for (int k = index.next(SATISFACTION_TYPE, 0); k >= 0; k = index.next(SATISFACTION_TYPE, k + 1)) {
            String s = timeline.get(k).details().get(EventDetail.SATISFACTION);
            if (s != null) {
                satisfaction = s;
            }
        }
        if (satisfaction != null) {
            f |= RESPONDED;
            if (satisfaction.equals(SATISFIED) || satisfaction.equals(BASICALLY_SATISFIED)) {
                f |= SATISFIED_BIT;
            }
        }
        if (r.relatedComplaintId() != null || index.has(REPEAT_MERGED_TYPE) || index.has(MERGED_TYPE)) {
            f |= REPEAT;
        }
        if (index.has(ESCALATED_TYPE)) {
            f |= ESCALATED_BIT;
        }
        String ch = r.channel();
        if (ch.equals(REGULATOR) || ch.equals(PBOC)) {
            f |= REGULATOR_BIT;
        }
        return f;
    }

    /** Adds another tally of the same run (from a parallel stream) into this one. */
    public Tally combine(Tally other) {
        Objects.requireNonNull(other, "other");
        if (other.run != run) {
            throw new IllegalArgumentException("other: a tally of another statistics run");
        }
        for (int i = 0; i < totals.length; i++) {
            totals[i] += other.totals[i];
        }
        for (int g = 0; g < groupings.length; g++) {
            int[] idx = partIndex[g];
            List<String[]> theirs = other.cellValues.get(g);
            for (int c = 0; c < theirs.size(); c++) {
                String[] v = theirs.get(c);
                int cell;
                if (idx.length == 1) {
                    Grouping.Part p = uniqueParts[idx[0]];
                    CodeTable t = p.dimension() != null && p.dimension().isMultiValued() ? decodedCodes[idx[0]] : valueCodes[idx[0]];
                    cell = single(g, t.code(v[0]));
                } else if (idx.length == 2) {
                    codes[idx[0]] = valueCodes[idx[0]].code(v[0]);
                    codes[idx[1]] = valueCodes[idx[1]].code(v[1]);
                    cell = cellTables[g].code(LongCodeTable.pair(codes[idx[0]], codes[idx[1]]));
                } else {
                    cell = cellTables[g].code(wideKeys[g].code(v[0]));
                }
                if (cell == cellValues.get(g).size()) {
                    cellValues.get(g).add(v);
                    int need = (cell + 1) * 3 * FIELDS;
                    if (need > counts[g].length) {
                        counts[g] = java.util.Arrays.copyOf(counts[g], Math.max(need, counts[g].length * 2));
                    }
                }
                for (int i = 0; i < 3 * FIELDS; i++) {
                    counts[g][cell * 3 * FIELDS + i] += other.counts[g][c * 3 * FIELDS + i];
                }
            }
        }
        skipped += other.skipped;
        return this;
    }

    /** The report of what was counted so far. */
    public StatisticsReport report() {
        Map<Grouping, Map<List<String>, ComplaintFigures[]>> out = new LinkedHashMap<>();
        for (int g = 0; g < groupings.length; g++) {
            Map<List<String>, ComplaintFigures[]> m = new LinkedHashMap<>();
            List<String[]> values = cellValues.get(g);
            boolean pair = partIndex[g].length == 2;
            for (int c = 0; c < values.size(); c++) {
                String[] v = values.get(c);
                m.put(pair ? List.of(v[0], v[1]) : splitKey(v[0]), figures(counts[g], c * 3 * FIELDS));
            }
            out.put(groupings[g], m);
        }
        return new StatisticsReport(run, figures(totals, 0), out, skipped);
    }

    private static ComplaintFigures[] figures(long[] a, int base) {
        return new ComplaintFigures[] {figures(a, base, CURRENT), figures(a, base, PREVIOUS), figures(a, base, YEAR_BEFORE)};
    }

    private static List<String> splitKey(String k) {
        if (k.indexOf(SEP) < 0) {
            return List.of(k);
        }
        return List.of(k.split(String.valueOf(SEP), -1));
    }

    // the counters of one group and period, FIELDS longs from base + period * FIELDS
    private static final int FIELDS = 10;
    private static final int COMPLAINTS = 0;
    private static final int DECIDED = 1;
    private static final int ON_TIME_COUNT = 2;
    private static final int RESPONSES = 3;
    private static final int SATISFIED_COUNT = 4;
    private static final int REPEATS = 5;
    private static final int ESCALATED_COUNT = 6;
    private static final int REGULATOR_COUNT = 7;
    private static final int REGULATOR_DECIDED = 8;
    private static final int REGULATOR_ON_TIME = 9;

    /** Counts a complaint with these facts in the periods whose bits are set (1 current, 2 previous, 4 year before). */
    private static void add(long[] a, int base, int f, int periods) {
        for (int b = 0; b < 3; b++) {
            if ((periods & (1 << b)) != 0) {
                add(a, base + b * FIELDS, f);
            }
        }
    }

    private static void add(long[] a, int at, int f) {
        a[at + COMPLAINTS]++;
        boolean reg = (f & REGULATOR_BIT) != 0;
        if ((f & DECIDED_WITH_DUE) != 0) {
            a[at + DECIDED]++;
            boolean ot = (f & ON_TIME) != 0;
            if (ot) {
                a[at + ON_TIME_COUNT]++;
            }
            if (reg) {
                a[at + REGULATOR_DECIDED]++;
                if (ot) {
                    a[at + REGULATOR_ON_TIME]++;
                }
            }
        }
        if ((f & RESPONDED) != 0) {
            a[at + RESPONSES]++;
            if ((f & SATISFIED_BIT) != 0) {
                a[at + SATISFIED_COUNT]++;
            }
        }
        if ((f & REPEAT) != 0) {
            a[at + REPEATS]++;
        }
        if ((f & ESCALATED_BIT) != 0) {
            a[at + ESCALATED_COUNT]++;
        }
        if (reg) {
            a[at + REGULATOR_COUNT]++;
        }
    }

    private static ComplaintFigures figures(long[] a, int base, int period) {
        int at = base + period * FIELDS;
        return new ComplaintFigures(a[at + COMPLAINTS], a[at + DECIDED], a[at + ON_TIME_COUNT], a[at + RESPONSES],
                a[at + SATISFIED_COUNT], a[at + REPEATS], a[at + ESCALATED_COUNT], a[at + REGULATOR_COUNT],
                a[at + REGULATOR_DECIDED], a[at + REGULATOR_ON_TIME]);
    }
}
