package io.consumerprotection.core.internal.appraisal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Standard competition ranking ("1224"): items that compare equal share a rank, and the next rank skips
 * as many places as were shared (scores 90, 90, 80 rank 1, 1, 3).
 */
public final class CompetitionRanking {

    private CompetitionRanking() {
    }

    /**
     * The rank of each item, in the order given.
     *
     * @param items  the items
     * @param better orders the better item first
     * @return ranks, 1 for the best, parallel to {@code items}
     */
    public static <T> int[] ranks(List<T> items, Comparator<? super T> better) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(better, "better");
        int[] ranks = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            int strictlyBetter = 0;
            for (T other : items) {
                if (better.compare(other, items.get(i)) < 0) {
                    strictlyBetter++;
                }
            }
            ranks[i] = strictlyBetter + 1;
        }
        return ranks;
    }

    /** The indexes of {@code items} sorted best first, ties by {@code tieBreak}. */
    public static <T> List<Integer> order(List<T> items, Comparator<? super T> better, Comparator<? super T> tieBreak) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.<Integer, T>comparing(items::get, better).thenComparing(items::get, tieBreak));
        return idx;
    }
}
