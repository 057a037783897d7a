package io.consumerprotection.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The tally's cell kernel (values interned to codes, cells addressed by combined codes) against a naive
 * computation written from the grouping rules: for single, multi-valued, pair and triple groupings, each group's
 * counts in the three periods equal those of a {@code HashMap} of the key lists built per complaint; and two
 * tallies combined equal one over all. The values include strings of equal {@code hashCode} ({@code "Aa"},
 * {@code "BB"}), fresh copies (not the same reference), absent and empty codes and a missing unit.
 */
class TallyCellsProperties {

    private static final String[] BUSINESS = {"06021", "06022", "0702", "1101", "99", "", null, "Aa", "BB"};
    private static final String[] CAUSE = {"0101", "0301", "1001", "", null, "ZZ"};
    private static final String[] RIGHT = {"01", "02|03", "01|08", "", null};
    private static final String[] UNIT = {"BR-01", "BR-02", "Aa", "BB", null, ""};
    private static final String[] CHANNEL = {"HOTLINE", "REGULATOR_TRANSFER", "BRANCH"};
    private static final List<Grouping> GROUPINGS = List.of(
            Grouping.by(Dimension.BUSINESS), Grouping.by(Dimension.BUSINESS, 1), Grouping.by(Dimension.RIGHT),
            Grouping.receivingUnit(), Grouping.intakeChannel(), Grouping.by(Dimension.BUSINESS).and(Grouping.receivingUnit()),
            Grouping.by(Dimension.RIGHT).and(Grouping.by(Dimension.CAUSE, 1)),
            Grouping.by(Dimension.BUSINESS, 1).and(Grouping.by(Dimension.CAUSE)).and(Grouping.receivingUnit()));

    @Property(tries = 200)
    void groupsAreThoseOfANaiveCount(@ForAll @Size(max = 80) List<@IntRange(min = 0, max = 1_000_000) Integer> draws) {
        LocalDate base = LocalDate.of(2024, 1, 1);
        ReportingPeriod period = ReportingPeriod.quarter(2025, 2);
        List<ComplaintRecord> rs = new ArrayList<>();
        for (int x : draws) {
            Complaints c = Complaints.on(base.plusDays(x % 600)).channel(CHANNEL[(x / 7) % CHANNEL.length])
                    .unit(copy(UNIT[(x / 11) % UNIT.length]));
            put(c, "BUSINESS", BUSINESS[(x / 13) % BUSINESS.length]);
            put(c, "CAUSE", CAUSE[(x / 17) % CAUSE.length]);
            put(c, "RIGHT", RIGHT[(x / 19) % RIGHT.length]);
            rs.add(c.build());
        }
        ComplaintStatistics run = ComplaintStatistics.builder().period(period).groupBy(GROUPINGS.toArray(new Grouping[0])).build();
        StatisticsReport whole = run.compute(rs.stream());
        ClassificationScheme scheme = ClassificationCatalog.bundled().latest();
        ReportingPeriod[] periods = {period, period.previous(), period.yearBefore()};
        for (Grouping g : GROUPINGS) {
            Map<List<String>, long[]> naive = new HashMap<>();
            for (ComplaintRecord r : rs) {
                LocalDate day = LocalDate.ofInstant(r.receivedAt(), Complaints.SHANGHAI);
                for (List<String> key : keys(g, r, scheme)) {
                    for (int p = 0; p < 3; p++) {
                        if (periods[p].contains(day)) {
                            naive.computeIfAbsent(key, k -> new long[3])[p]++;
                        }
                    }
                }
            }
            Map<List<String>, long[]> counted = new HashMap<>();
            for (GroupFigures f : whole.groups(g)) {
                long[] before = counted.put(f.key(), new long[] {f.current().complaints(), f.previous().complaints(),
                        f.yearBefore().complaints()});
                assertThat(before).as("one group per key").isNull();
            }
            assertThat(counted).as(g.toString()).usingRecursiveComparison().isEqualTo(naive);
        }
        // a parallel run's halves combined give the same groups
        Tally first = run.newTally();
        Tally second = run.newTally();
        for (int i = 0; i < rs.size(); i++) {
            (i % 3 == 0 ? first : second).accumulate(rs.get(i));
        }
        StatisticsReport combined = first.combine(second).report();
        for (Grouping g : GROUPINGS) {
            assertThat(combined.groups(g)).as(g.toString()).isEqualTo(whole.groups(g));
        }
        assertThat(combined.total()).isEqualTo(whole.total());
        assertThat(combined.skipped()).isEqualTo(whole.skipped());
    }

    /** The group keys of a complaint, from the rules: a multi-valued dimension alone counts in each of its codes. */
    private static List<List<String>> keys(Grouping g, ComplaintRecord r, ClassificationScheme scheme) {
        String[] parts = g.toString().split("\\*");
        if (parts.length == 1 && parts[0].equals("RIGHT")) {
            String v = r.classification().getOrDefault("RIGHT", "");
            return v.isEmpty() ? List.of(List.of("")) : Dimension.RIGHT.decode(v).stream().map(List::of).toList();
        }
        List<String> key = new ArrayList<>();
        for (String p : parts) {
            key.add(value(p, r, scheme));
        }
        return List.of(key);
    }

    private static String value(String part, ComplaintRecord r, ClassificationScheme scheme) {
        if (part.equals("UNIT_FIELD")) {
            return r.receivingUnit() == null ? "" : r.receivingUnit();
        }
        if (part.equals("CHANNEL_FIELD")) {
            return r.channel();
        }
        String[] dl = part.split("@");
        Dimension d = Dimension.valueOf(dl[0]);
        String v = r.classification().getOrDefault(d.name(), "");
        if (v.isEmpty() || dl.length == 1) {
            return v;
        }
        return scheme.find(d, v).isPresent() ? scheme.rollUp(d, v, Integer.parseInt(dl[1])).code() : v;
    }

    private static void put(Complaints c, String dimension, String code) {
        if (code != null) {
            c.code(dimension, copy(code));
        }
    }

    /** A fresh string of the same text, so that codes are found by equality, not by reference. */
    private static String copy(String s) {
        return s == null ? null : new String(s.toCharArray());
    }
}
