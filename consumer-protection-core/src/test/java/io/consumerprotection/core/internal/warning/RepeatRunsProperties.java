package io.consumerprotection.core.internal.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The bounded repeat counter against a naive oracle written from the rule's text ("an alert when one customer
 * reaches the repeat threshold within the window; the next alert needs a fresh run"), holding every
 * occurrence; and its memory against the customers of a window.
 */
class RepeatRunsProperties {

    private static final int LATENESS = 7;

    record Occurrence(String key, long day, String id) {
    }

    /** The oracle: every occurrence of a customer, in day then id order; a run is the occurrences since the last alert within the window. */
    static List<RepeatRuns.Run> oracle(List<Occurrence> all, int threshold, int window, int maxIds) {
        Map<String, List<Occurrence>> byKey = new HashMap<>();
        for (Occurrence o : all) {
            byKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
        }
        List<RepeatRuns.Run> out = new ArrayList<>();
        for (Map.Entry<String, List<Occurrence>> e : byKey.entrySet()) {
            List<Occurrence> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingLong(Occurrence::day).thenComparing(Occurrence::id));
            List<Occurrence> run = new ArrayList<>();
            for (Occurrence o : list) {
                run.removeIf(x -> o.day() - x.day() >= window); // no longer within the window of this one
                run.add(o);
                if (run.size() >= threshold) {
                    List<String> ids = run.stream().map(Occurrence::id).limit(maxIds).toList();
                    out.add(new RepeatRuns.Run(e.getKey(), run.get(0).day(), o.day(), run.size(), ids));
                    run.clear();
                }
            }
        }
        return out;
    }

    /** Two years; each day some new customers and some returning ones (a few heavy complainers). */
    static List<Occurrence> stream(long seed, int perDay) {
        Random r = new Random(seed);
        List<Occurrence> out = new ArrayList<>();
        int next = 0;
        int n = 0;
        for (long day = 20_000; day < 20_000 + 730; day++) {
            int k = r.nextInt(perDay + 1);
            for (int i = 0; i < k; i++) {
                String key;
                double u = r.nextDouble();
                if (u < 0.05) {
                    key = "HEAVY-" + r.nextInt(3);
                } else if (u < 0.4 && next > 0) {
                    key = "C-" + Math.max(0, next - 1 - r.nextInt(Math.min(next, 200)));
                } else {
                    key = "C-" + next++;
                }
                out.add(new Occurrence(key, day, "ID-" + (n++)));
            }
        }
        return out;
    }

    private static List<RepeatRuns.Run> sorted(List<RepeatRuns.Run> runs) {
        List<RepeatRuns.Run> s = new ArrayList<>(runs);
        s.sort(Comparator.comparing(RepeatRuns.Run::key).thenComparingLong(RepeatRuns.Run::fromDay));
        return s;
    }

    @Property(tries = 2_000)
    void theCheckHashIsTheStringsHashCodeAndTheHashDependsOnEveryChar(@ForAll @net.jqwik.api.constraints.StringLength(max = 40) String key,
                                                                      @ForAll @IntRange(min = 0, max = 39) int at) {
        RepeatRuns runs = new RepeatRuns(3, 30, LATENESS, 3, 42, -1L);
        long h = runs.hash(key);
        assertThat(runs.hashedCheck).isEqualTo(key.hashCode());
        if (at < key.length()) {
            char[] changed = key.toCharArray();
            changed[at] ^= 1;
            assertThat(runs.hash(new String(changed))).isNotEqualTo(h);
        }
        assertThat(runs.hash(key + '\0')).isNotEqualTo(h);
    }

    @Property(tries = 60)
    void exactAgainstTheOracleInReceiptOrderAndUpToTheLateness(@ForAll long seed, @ForAll @IntRange(min = 2, max = 5) int threshold,
                                                              @ForAll @IntRange(min = 1, max = 40) int window,
                                                              @ForAll boolean jitter, @ForAll boolean narrowHash) {
        List<Occurrence> all = stream(seed, 12);
        List<Occurrence> arrival = new ArrayList<>(all);
        if (jitter) {
            // each occurrence arrives as if received up to LATENESS days later: never later than the lateness allows
            Random r = new Random(seed ^ 0x5DEECE66DL);
            Map<Occurrence, Long> at = new HashMap<>();
            for (Occurrence o : arrival) {
                at.put(o, o.day() + r.nextInt(LATENESS + 1));
            }
            arrival.sort(Comparator.comparingLong(at::get));
        }
        // a 4-bit hash: every key shares its 64-bit hash with many others, so only the confirmation by the key's
        // String.hashCode keeps them apart, and the table's probing and deletion are worked hard
        RepeatRuns runs = narrowHash ? new RepeatRuns(threshold, window, LATENESS, 3, seed, 0xFL)
                : new RepeatRuns(threshold, window, LATENESS, 3);
        arrival.forEach(o -> runs.add(o.key(), o.day(), o.id()));

        assertThat(runs.late()).isZero();
        assertThat(runs.collisions()).isZero();
        assertThat(sorted(runs.finish())).isEqualTo(sorted(oracle(all, threshold, window, 3)));
    }

    @Property(tries = 20)
    void memoryIsBoundedByTheCustomersOfAWindowNotByAllCustomers(@ForAll long seed,
                                                                 @ForAll @IntRange(min = 1, max = 40) int window) {
        List<Occurrence> all = stream(seed, 30);
        RepeatRuns runs = new RepeatRuns(3, window, LATENESS, 3);
        all.forEach(o -> runs.add(o.key(), o.day(), o.id()));

        // the most distinct customers of any span of window + lateness + 1 days
        int span = window + LATENESS + 1;
        int most = 0;
        for (long first = 20_000; first < 20_000 + 730; first++) {
            Set<String> keys = new HashSet<>();
            for (Occurrence o : all) {
                if (o.day() >= first && o.day() < first + span) {
                    keys.add(o.key());
                }
            }
            most = Math.max(most, keys.size());
        }
        long distinct = all.stream().map(Occurrence::key).distinct().count();
        assertThat(runs.peakResident()).isLessThanOrEqualTo(most);
        assertThat((long) runs.peakResident()).isLessThan(distinct / 4);
    }

    @Example
    void twoKeysTakenForOneAreCountedAsACollision() {
        // "Aa" and "BB" share String.hashCode; with no hash bits at all they share the whole fingerprint
        RepeatRuns runs = new RepeatRuns(3, 30, LATENESS, 3, 1, 0L);
        runs.add("Aa", 100, "1");
        runs.add("Aa", 101, "2");
        runs.add("BB", 102, "3");
        assertThat(runs.collisions()).isEqualTo(1);
        // with the hash they are two keys
        RepeatRuns hashed = new RepeatRuns(3, 30, LATENESS, 3);
        hashed.add("Aa", 100, "1");
        hashed.add("Aa", 101, "2");
        hashed.add("BB", 102, "3");
        assertThat(hashed.collisions()).isZero();
        assertThat(hashed.finish()).isEmpty();
        assertThat(hashed.resident()).isEqualTo(2);
    }

    @Example
    void anOccurrenceLaterThanTheLatenessIsCounted() {
        RepeatRuns runs = new RepeatRuns(3, 30, LATENESS, 3);
        runs.add("A", 100, "1");
        runs.add("B", 100 + LATENESS, "2");
        assertThat(runs.late()).isZero();
        runs.add("A", 99, "3");
        assertThat(runs.late()).isEqualTo(1);
    }
}
