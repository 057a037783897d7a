package io.consumerprotection.core.statistics;

import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.CodeMapping;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.SchemeCode;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.Satisfaction;
import io.consumerprotection.core.internal.ComplaintCodes;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
    private final List<Map<String, Counter[]>> groups;
    private final List<Map<String, Map<String, Counter[]>>> pairs;
    private final Map<String, String[]> decoded = new HashMap<>();
    private final Grouping.Part[] uniqueParts;
    private final int[][] partIndex;
    private final String[] values;
    private final Counter[] totals = {new Counter(), new Counter(), new Counter()};
    private final Map<String, String>[] rollUps;
    private final ZoneRules rules;
    private final long fastFrom;
    private final long fastTo;
    private final int fastOffset;
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
        this.groups = new java.util.ArrayList<>();
        this.pairs = new java.util.ArrayList<>();
        for (int i = 0; i < groupings.length; i++) {
            groups.add(new HashMap<>());
            pairs.add(new HashMap<>());
        }
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
        this.values = new String[uniqueParts.length];
        this.rules = run.zone().getRules();
        // a window in which the zone's offset is fixed: days there are computed without the zone rules
        long lo = Math.min(startDay[YEAR_BEFORE], startDay[PREVIOUS]) * 86_400L - 86_400L;
        long hi = endDay[CURRENT] * 86_400L + 86_400L * 400;
        Instant from = Instant.ofEpochSecond(lo);
        ZoneOffsetTransition next = rules.nextTransition(from);
        this.fastFrom = lo;
        this.fastTo = next == null ? hi : Math.min(hi, next.getInstant().getEpochSecond() - 1);
        this.fastOffset = rules.getOffset(from).getTotalSeconds();
        this.mapping = run.mapping().orElse(null);
        this.scheme = mapping == null ? run.catalog().latest() : run.catalog().version(mapping.toVersion());
    }

    private long epochDay(Instant at) {
        long s = at.getEpochSecond();
        if (s >= fastFrom && s <= fastTo) {
            return Math.floorDiv(s + fastOffset, 86_400L);
        }
        ZoneOffset o = rules.getOffset(at);
        return Math.floorDiv(s + o.getTotalSeconds(), 86_400L);
    }

    /** Counts one complaint in every period and group it belongs to. */
    public Tally accumulate(ComplaintRecord r) {
        long day = epochDay(r.receivedAt());
        boolean inCurrent = day >= startDay[CURRENT] && day <= endDay[CURRENT];
        boolean inPrevious = day >= startDay[PREVIOUS] && day <= endDay[PREVIOUS];
        boolean inYearBefore = day >= startDay[YEAR_BEFORE] && day <= endDay[YEAR_BEFORE];
        if (!inCurrent && !inPrevious && !inYearBefore) {
            skipped++;
            return this;
        }
        int facts = facts(r);
        for (int b = 0; b < 3; b++) {
            if (b == CURRENT ? inCurrent : b == PREVIOUS ? inPrevious : inYearBefore) {
                totals[b].add(facts);
            }
        }
        for (int k = 0; k < uniqueParts.length; k++) {
            values[k] = value(uniqueParts[k], r);
        }
        for (int g = 0; g < groupings.length; g++) {
            Map<String, Counter[]> m = groups.get(g);
            int[] idx = partIndex[g];
            if (idx.length == 1) {
                Grouping.Part p = uniqueParts[idx[0]];
                String v = values[idx[0]];
                if (p.dimension() != null && p.dimension().isMultiValued() && !v.isEmpty()) {
                    for (String code : decode(p.dimension(), v)) {
                        count(m, roll(p, code), facts, inCurrent, inPrevious, inYearBefore);
                    }
                } else {
                    count(m, v, facts, inCurrent, inPrevious, inYearBefore);
                }
            } else if (idx.length == 2) {
                // a pair: two-level map, no key allocation per complaint
                String first = values[idx[0]];
                Map<String, Map<String, Counter[]>> outer = pairs.get(g);
                Map<String, Counter[]> inner = outer.get(first);
                if (inner == null) {
                    inner = new HashMap<>();
                    outer.put(first, inner);
                }
                count(inner, values[idx[1]], facts, inCurrent, inPrevious, inYearBefore);
            } else {
                StringBuilder key = new StringBuilder(16);
                for (int i = 0; i < idx.length; i++) {
                    if (i > 0) {
                        key.append(SEP);
                    }
                    key.append(values[idx[i]]);
                }
                count(m, key.toString(), facts, inCurrent, inPrevious, inYearBefore);
            }
        }
        return this;
    }

    private String[] decode(Dimension d, String value) {
        String[] codes = decoded.get(value);
        if (codes == null) {
            codes = d.decode(value).toArray(new String[0]);
            decoded.put(value, codes);
        }
        return codes;
    }

    private static void count(Map<String, Counter[]> m, String key, int facts, boolean c, boolean p, boolean y) {
        Counter[] k = m.get(key);
        if (k == null) {
            k = new Counter[] {new Counter(), new Counter(), new Counter()};
            m.put(key, k);
        }
        if (c) {
            k[CURRENT].add(facts);
        }
        if (p) {
            k[PREVIOUS].add(facts);
        }
        if (y) {
            k[YEAR_BEFORE].add(facts);
        }
    }

    /** The value of one grouping part for a record (for a multi-valued dimension in a pair: all codes joined). */
    private String value(Grouping.Part p, ComplaintRecord r) {
        if (p.dimension() == null) {
            String v = Grouping.INTAKE_CHANNEL.equals(p.field()) ? r.channel() : r.receivingUnit();
            return v == null ? "" : v;
        }
        String v = r.classification().get(p.dimension().name());
        if (v == null || v.isEmpty()) {
            return "";
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

    private int facts(ComplaintRecord r) {
        int f = 0;
        Instant decidedAt = null;
        String satisfaction = null;
        boolean repeat = r.relatedComplaintId() != null;
        boolean escalated = false;
        List<TimelineEventRecord> timeline = r.timeline();
        for (int i = 0, n = timeline.size(); i < n; i++) {
            TimelineEventRecord e = timeline.get(i);
            ComplaintEventType type = ComplaintCodes.eventType(e.type());
            if (type == null) {
                continue;
            }
            switch (type) {
                case DECIDED -> {
                    if (decidedAt == null) {
                        decidedAt = e.at();
                    }
                }
                case SATISFACTION_RECORDED -> {
                    String s = e.details().get(EventDetail.SATISFACTION);
                    if (s != null) {
                        satisfaction = s;
                    }
                }
                case ESCALATED -> escalated = true;
                case REPEAT_MERGED, MERGED -> repeat = true;
                default -> {
                }
            }
        }
        if (decidedAt != null) {
            LocalDate due = r.dueDates().get(DECISION);
            if (due != null) {
                f |= DECIDED_WITH_DUE;
                if (epochDay(decidedAt) <= due.toEpochDay()) {
                    f |= ON_TIME;
                }
            }
        }
        if (satisfaction != null) {
            f |= RESPONDED;
            if (satisfaction.equals(SATISFIED) || satisfaction.equals(BASICALLY_SATISFIED)) {
                f |= SATISFIED_BIT;
            }
        }
        if (repeat) {
            f |= REPEAT;
        }
        if (escalated) {
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
        for (int b = 0; b < 3; b++) {
            totals[b].add(other.totals[b]);
        }
        for (int g = 0; g < groupings.length; g++) {
            merge(groups.get(g), other.groups.get(g));
            Map<String, Map<String, Counter[]>> mine = pairs.get(g);
            other.pairs.get(g).forEach((k, v) -> merge(mine.computeIfAbsent(k, x -> new HashMap<>()), v));
        }
        skipped += other.skipped;
        return this;
    }

    private static void merge(Map<String, Counter[]> mine, Map<String, Counter[]> theirs) {
        theirs.forEach((k, v) -> {
            Counter[] c = mine.computeIfAbsent(k, x -> new Counter[] {new Counter(), new Counter(), new Counter()});
            for (int b = 0; b < 3; b++) {
                c[b].add(v[b]);
            }
        });
    }

    /** The report of what was counted so far. */
    public StatisticsReport report() {
        Map<Grouping, Map<List<String>, ComplaintFigures[]>> out = new LinkedHashMap<>();
        for (int g = 0; g < groupings.length; g++) {
            Map<List<String>, ComplaintFigures[]> m = new LinkedHashMap<>();
            groups.get(g).forEach((k, v) -> m.put(splitKey(k),
                    new ComplaintFigures[] {v[0].figures(), v[1].figures(), v[2].figures()}));
            pairs.get(g).forEach((k1, inner) -> inner.forEach((k2, v) -> m.put(List.of(k1, k2),
                    new ComplaintFigures[] {v[0].figures(), v[1].figures(), v[2].figures()})));
            out.put(groupings[g], m);
        }
        return new StatisticsReport(run, new ComplaintFigures[] {totals[0].figures(), totals[1].figures(),
                totals[2].figures()}, out, skipped);
    }

    private static List<String> splitKey(String k) {
        if (k.indexOf(SEP) < 0) {
            return List.of(k);
        }
        return List.of(k.split(String.valueOf(SEP), -1));
    }

    /** Mutable counters of one group and period. */
    private static final class Counter {
        long complaints;
        long decided;
        long onTime;
        long responses;
        long satisfied;
        long repeats;
        long escalated;
        long regulator;
        long regulatorDecided;
        long regulatorOnTime;

        void add(int f) {
            complaints++;
            boolean reg = (f & REGULATOR_BIT) != 0;
            if ((f & DECIDED_WITH_DUE) != 0) {
                decided++;
                boolean ot = (f & ON_TIME) != 0;
                if (ot) {
                    onTime++;
                }
                if (reg) {
                    regulatorDecided++;
                    if (ot) {
                        regulatorOnTime++;
                    }
                }
            }
            if ((f & RESPONDED) != 0) {
                responses++;
                if ((f & SATISFIED_BIT) != 0) {
                    satisfied++;
                }
            }
            if ((f & REPEAT) != 0) {
                repeats++;
            }
            if ((f & ESCALATED_BIT) != 0) {
                escalated++;
            }
            if (reg) {
                regulator++;
            }
        }

        void add(Counter o) {
            complaints += o.complaints;
            decided += o.decided;
            onTime += o.onTime;
            responses += o.responses;
            satisfied += o.satisfied;
            repeats += o.repeats;
            escalated += o.escalated;
            regulator += o.regulator;
            regulatorDecided += o.regulatorDecided;
            regulatorOnTime += o.regulatorOnTime;
        }

        ComplaintFigures figures() {
            return new ComplaintFigures(complaints, decided, onTime, responses, satisfied, repeats, escalated,
                    regulator, regulatorDecided, regulatorOnTime);
        }
    }
}
