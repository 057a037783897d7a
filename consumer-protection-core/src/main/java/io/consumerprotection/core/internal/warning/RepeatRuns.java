package io.consumerprotection.core.internal.warning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repeat counter of the hot-spot warning: for each key (a customer reference or a product), the runs of at
 * least {@code threshold} occurrences whose first and last days are less than {@code window} days apart, found
 * greedily over the key's occurrences in order of day then id (a run found starts the next one afresh). Memory
 * depends on the window, not on all keys ever seen: a key whose last occurrence lies more than
 * {@code window + lateness} days before the latest day read is finished and forgotten, and of a key still open
 * only the current run (fewer than {@code threshold} occurrences) and the occurrences of the last
 * {@code lateness} days are kept. The runs are exact while no occurrence arrives more than {@code lateness} days
 * after a later day was read ({@link #late()} counts those that did). Not thread-safe.
 */
public final class RepeatRuns {

    /** One run: the key, its first and last days, its size and the ids of its first occurrences. */
    public record Run(String key, long fromDay, long toDay, int size, List<String> ids) {
    }

    private final int threshold;
    private final int window;
    private final int lateness;
    private final int maxIds;
    private final LinkedHashMap<String, Entry> open = new LinkedHashMap<>(256, 0.75f, true);
    private final List<Run> runs = new ArrayList<>();
    private long watermark = Long.MIN_VALUE;
    private long late;
    private int peak;

    /** A counter; {@code lateness} is how many days out of order occurrences may arrive and keep the runs exact. */
    public RepeatRuns(int threshold, int window, int lateness, int maxIds) {
        if (threshold < 2 || window < 1 || lateness < 0 || maxIds < 1) {
            throw new IllegalArgumentException("threshold >= 2, window >= 1, lateness >= 0, maxIds >= 1");
        }
        this.threshold = threshold;
        this.window = window;
        this.lateness = lateness;
        this.maxIds = maxIds;
    }

    /** Adds one occurrence of {@code key} on {@code day} (an epoch day). */
    public void add(String key, long day, String id) {
        if (day > watermark) {
            watermark = day;
            expire(); // only a later day can expire keys
        } else if (day < watermark - lateness) {
            late++;
        }
        Entry e = open.get(key);
        if (e == null) {
            e = new Entry();
            open.put(key, e);
            if (open.size() > peak) {
                peak = open.size();
            }
        }
        e.add(day, id);
        if (e.pending >= 2 * threshold + 8) {
            settle(key, e, watermark - lateness);
        }
    }

    /** Finishes and forgets the least recently seen keys whose last day is before the window of the latest day. */
    private void expire() {
        long expired = watermark - lateness - window;
        Iterator<Map.Entry<String, Entry>> it = open.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Entry> head = it.next();
            if (head.getValue().maxDay >= expired) {
                break;
            }
            Entry e = head.getValue();
            if (e.runSize + e.pending >= threshold) { // fewer can form no run
                settle(head.getKey(), e, Long.MAX_VALUE);
            }
            it.remove();
        }
    }

    /**
     * Settles every open key and returns all runs found so far, in the order found. More occurrences may follow
     * (a key's current run continues); they must not be earlier than those read.
     */
    public List<Run> finish() {
        for (Map.Entry<String, Entry> e : open.entrySet()) {
            settle(e.getKey(), e.getValue(), Long.MAX_VALUE);
        }
        return List.copyOf(runs);
    }

    /** The keys held now. */
    public int resident() {
        return open.size();
    }

    /** The most keys held at once. */
    public int peakResident() {
        return peak;
    }

    /** Occurrences that arrived more than {@code lateness} days after a later day (0: the runs are exact). */
    public long late() {
        return late;
    }

    /** Feeds the pending occurrences before {@code cutoff}, in day then id order, to the key's current run. */
    private void settle(String key, Entry e, long cutoff) {
        int[] order = new int[e.pending];
        int n = 0;
        for (int i = 0; i < e.pending; i++) {
            if (e.days[i] < cutoff) {
                order[n++] = i;
            }
        }
        if (n == 0) {
            return;
        }
        if (e.runDays.length < threshold) {
            e.grow(threshold);
        }
        if (n > 32) {
            Integer[] boxed = new Integer[n];
            for (int k = 0; k < n; k++) {
                boxed[k] = order[k];
            }
            Arrays.sort(boxed, java.util.Comparator.<Integer>comparingLong(i -> e.days[i]).thenComparing(i -> e.ids[i]));
            for (int k = 0; k < n; k++) {
                order[k] = boxed[k];
            }
        }
        // insertion sort by day then id: a key holds few occurrences at a time
        for (int a = 1; a < n; a++) {
            int x = order[a];
            int j = a - 1;
            while (j >= 0 && (e.days[order[j]] > e.days[x]
                    || e.days[order[j]] == e.days[x] && e.ids[order[j]].compareTo(e.ids[x]) > 0)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        for (int k = 0; k < n; k++) {
            int i = order[k];
            long day = e.days[i];
            int drop = 0;
            while (drop < e.runSize && day - e.runDays[drop] >= window) {
                drop++;
            }
            if (drop > 0) {
                System.arraycopy(e.runDays, drop, e.runDays, 0, e.runSize - drop);
                System.arraycopy(e.runIds, drop, e.runIds, 0, e.runSize - drop);
                e.runSize -= drop;
            }
            e.runDays[e.runSize] = day;
            e.runIds[e.runSize] = e.ids[i];
            e.runSize++;
            if (e.runSize >= threshold) {
                runs.add(new Run(key, e.runDays[0], day, e.runSize,
                        List.of(Arrays.copyOf(e.runIds, Math.min(e.runSize, maxIds)))));
                e.runSize = 0;
            }
        }
        // keep the occurrences not settled
        int kept = 0;
        for (int i = 0; i < e.pending; i++) {
            if (e.days[i] >= cutoff) {
                e.days[kept] = e.days[i];
                e.ids[kept] = e.ids[i];
                kept++;
            }
        }
        Arrays.fill(e.ids, kept, e.pending, null);
        e.pending = kept;
    }

    /** One open key: occurrences not yet settled, and the current run. */
    private static final class Entry {
        long[] days = new long[1];
        String[] ids = new String[1];
        int pending;
        long[] runDays = new long[0];
        String[] runIds = new String[0];
        int runSize;
        long maxDay = Long.MIN_VALUE;

        void add(long day, String id) {
            if (pending == days.length) {
                days = Arrays.copyOf(days, pending * 2);
                ids = Arrays.copyOf(ids, pending * 2);
            }
            days[pending] = day;
            ids[pending] = id;
            pending++;
            if (day > maxDay) {
                maxDay = day;
            }
        }

        void grow(int threshold) {
            runDays = Arrays.copyOf(runDays, threshold);
            runIds = Arrays.copyOf(runIds, threshold);
        }
    }
}
