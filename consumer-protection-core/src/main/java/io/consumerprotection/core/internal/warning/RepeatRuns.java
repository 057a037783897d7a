package io.consumerprotection.core.internal.warning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The repeat counter of the hot-spot warning: for each key (a customer reference or a product), the runs of at
 * least {@code threshold} occurrences whose first and last days are less than {@code window} days apart, found
 * greedily over the key's occurrences in order of day then id (a run found starts the next one afresh). Memory
 * depends on the window, not on all keys ever seen: a key whose last occurrence lies more than
 * {@code window + lateness} days before the latest day read is finished and forgotten, and of a key still open
 * only the current run (fewer than {@code threshold} occurrences) and the occurrences not yet settled are kept.
 * The runs are exact while no occurrence arrives more than {@code lateness} days after a later day was read
 * ({@link #late()} counts those that did). Not thread-safe.
 *
 * <p>The kernel holds no object per key or per occurrence: keys live in an open-addressing table of primitive
 * arrays, addressed by a 64-bit hash of the key under a salt drawn for each counter (so that no input can be
 * crafted to collide), confirmed by the key's {@link String#hashCode()}: two keys are taken for one only when both
 * agree (96 bits; for the 500,000 keys of a busy window the chance that any two of them do is below 10⁻¹⁷).
 * The key itself is kept only once a key holds {@code threshold - 1} occurrences (a run needs it to be named), and
 * from then on every occurrence is checked against it ({@link #collisions()} counts a mismatch, which would mean
 * two keys had been merged). Occurrences (day and id) live in pooled primitive arrays linked per key; the id
 * strings are the only objects kept, because an alert lists them. Expiry follows a queue of the days at which
 * each key's last day rose, so it touches only the keys that may have expired.
 */
public final class RepeatRuns {

    /** One run: the key, its first and last days, its size and the ids of its first occurrences. */
    public record Run(String key, long fromDay, long toDay, int size, List<String> ids) {
    }

    private static final int NONE = -1;

    private final int threshold;
    private final int window;
    private final int lateness;
    private final int maxIds;
    private final long salt;
    private final long hashMask;
    private final List<Run> runs = new ArrayList<>();
    private long watermark = Long.MIN_VALUE;
    private long late;
    private long collisions;
    private int peak;

    // the table: per slot the key's folded 32-bit hash (high half) and entry + 1 (low half), 0 for an empty slot;
    // linear probing, load at most 1/2. The folded hash in the slot lets a probe pass over other keys and the
    // backward shift of a removal find each slot's home without reading the entry arrays.
    private long[] table = new long[64];

    // the keys, one entry each (struct of arrays); a freed entry is chained through pendingHead
    // the fields a lookup and an added occurrence touch sit side by side, LONGS longs and INTS ints per entry (two
    // cache lines at most, where one array per field cost one cache miss per field on a table beyond the L2)
    private static final int LONGS = 2;
    private static final int HASH = 0;
    private static final int MAX_DAY = 1;
    private static final int INTS = 4;
    private static final int CHECK = 0;
    private static final int PENDING_HEAD = 1;
    private static final int PENDING_COUNT = 2;
    private static final int RUN_COUNT = 3;
    private long[] longs = new long[16 * LONGS];
    private int[] ints = new int[16 * INTS];
    private String[] key = new String[16];
    private int[] runHead = new int[16];
    private int[] runTail = new int[16];
    private boolean[] alive = new boolean[16];
    private int entries;
    private int freeEntry = NONE;
    private int resident;

    // the occurrences, one node each, linked per key; a freed node is chained through next
    private long[] day = new long[64];
    private String[] id = new String[64];
    private int[] next = new int[64];
    private int nodes;
    private int freeNode = NONE;

    // the expiry queue: (entry, day) each time an entry's last day rose, in the order read
    private int[] queueEntry = new int[64];
    private long[] queueDay = new long[64];
    private int queueHead;
    private int queueSize;

    /** The {@code String.hashCode()} of the key {@link #hash} read last. */
    int hashedCheck;

    // scratch of settle
    private int[] order = new int[16];

    /** A counter; {@code lateness} is how many days out of order occurrences may arrive and keep the runs exact. */
    public RepeatRuns(int threshold, int window, int lateness, int maxIds) {
        this(threshold, window, lateness, maxIds, new SplittableRandom().nextLong(), -1L);
    }

    /** A counter with a given hash salt, and only the hash bits of {@code hashMask} (tests force collisions). */
    RepeatRuns(int threshold, int window, int lateness, int maxIds, long salt, long hashMask) {
        if (threshold < 2 || window < 1 || lateness < 0 || maxIds < 1) {
            throw new IllegalArgumentException("threshold >= 2, window >= 1, lateness >= 0, maxIds >= 1");
        }
        this.threshold = threshold;
        this.window = window;
        this.lateness = lateness;
        this.maxIds = maxIds;
        this.salt = salt;
        this.hashMask = hashMask;
    }

    /** Adds one occurrence of {@code key} on {@code day} (an epoch day). */
    public void add(String k, long d, String occurrenceId) {
        if (d > watermark) {
            watermark = d;
            expire(); // only a later day can expire keys
        } else if (d < watermark - lateness) {
            late++;
        }
        long h = hash(k);
        int c = hashedCheck;
        int e = find(h, c);
        if (e == NONE) {
            e = insert(h, c);
        }
        int n = node(d, occurrenceId);
        next[n] = ints[e * INTS + PENDING_HEAD];
        ints[e * INTS + PENDING_HEAD] = n;
        ints[e * INTS + PENDING_COUNT]++;
        if (d > longs[e * LONGS + MAX_DAY]) {
            longs[e * LONGS + MAX_DAY] = d;
            enqueue(e, d);
        }
        if (ints[e * INTS + PENDING_COUNT] + ints[e * INTS + RUN_COUNT] >= threshold - 1) {
            String known = key[e];
            if (known == null) {
                key[e] = k;
            } else if (known != k && !known.equals(k)) {
                collisions++;
            }
        }
        if (ints[e * INTS + PENDING_COUNT] >= 2 * threshold + 8) {
            settle(e, watermark - lateness);
        }
    }

    /**
     * The salted 64-bit hash of a key: a multiply-xorshift step per four chars (one 64-bit word), then the murmur3
     * finaliser. The same loop computes the key's {@link String#hashCode()} into {@link #hashedCheck}, four chars per
     * step by the powers of 31 (a reference read from a store is a fresh string whose hash is not cached yet: one
     * pass over its chars instead of two, and a quarter of the dependent multiplications of a step per char).
     */
    long hash(String k) {
        int n = k.length();
        long h = salt ^ (n * 0x9E3779B97F4A7C15L);
        int c = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            char c0 = k.charAt(i);
            char c1 = k.charAt(i + 1);
            char c2 = k.charAt(i + 2);
            char c3 = k.charAt(i + 3);
            h = (h ^ (c0 | (long) c1 << 16 | (long) c2 << 32 | (long) c3 << 48)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
            c = c * 923_521 + c0 * 29_791 + c1 * 961 + c2 * 31 + c3; // 31⁴, 31³, 31², 31
        }
        if (i < n) {
            long last = 0;
            for (int shift = 0; i < n; i++, shift += 16) {
                char ch = k.charAt(i);
                last |= (long) ch << shift;
                c = 31 * c + ch;
            }
            h = (h ^ last) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        hashedCheck = c;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h & hashMask;
    }

    private static int fold(long h) {
        return (int) (h ^ (h >>> 32));
    }

    private static long slotValue(int fold, int e) {
        return ((long) fold << 32) | (e + 1);
    }

    private int find(long h, int c) {
        int mask = table.length - 1;
        int f = fold(h);
        for (int s = f & mask; ; s = (s + 1) & mask) {
            long t = table[s];
            if (t == 0) {
                return NONE;
            }
            if ((int) (t >>> 32) == f) {
                int e = (int) t - 1;
                if (longs[e * LONGS + HASH] == h && ints[e * INTS + CHECK] == c) {
                    return e;
                }
            }
        }
    }

    private int insert(long h, int c) {
        if ((resident + 1) * 2 > table.length) {
            rehash(table.length * 2);
        }
        int e;
        if (freeEntry != NONE) {
            e = freeEntry;
            freeEntry = ints[e * INTS + PENDING_HEAD];
        } else {
            if (entries == key.length) {
                growEntries();
            }
            e = entries++;
        }
        longs[e * LONGS + HASH] = h;
        ints[e * INTS + CHECK] = c;
        key[e] = null;
        longs[e * LONGS + MAX_DAY] = Long.MIN_VALUE;
        ints[e * INTS + PENDING_HEAD] = NONE;
        ints[e * INTS + PENDING_COUNT] = 0;
        runHead[e] = NONE;
        runTail[e] = NONE;
        ints[e * INTS + RUN_COUNT] = 0;
        alive[e] = true;
        place(e);
        resident++;
        if (resident > peak) {
            peak = resident;
        }
        return e;
    }

    private void place(int e) {
        place(slotValue(fold(longs[e * LONGS + HASH]), e));
    }

    private void place(long value) {
        int mask = table.length - 1;
        int s = (int) (value >>> 32) & mask;
        while (table[s] != 0) {
            s = (s + 1) & mask;
        }
        table[s] = value;
    }

    private void rehash(int capacity) {
        long[] old = table;
        table = new long[capacity];
        for (long value : old) {
            if (value != 0) {
                place(value);
            }
        }
    }

    private void growEntries() {
        int n = key.length * 2;
        longs = Arrays.copyOf(longs, n * LONGS);
        ints = Arrays.copyOf(ints, n * INTS);
        key = Arrays.copyOf(key, n);
        runHead = Arrays.copyOf(runHead, n);
        runTail = Arrays.copyOf(runTail, n);
        alive = Arrays.copyOf(alive, n);
    }

    /** Removes an entry from the table (backward-shift deletion: no tombstones) and frees it and its nodes. */
    private void remove(int e) {
        int mask = table.length - 1;
        long value = slotValue(fold(longs[e * LONGS + HASH]), e);
        int s = (int) (value >>> 32) & mask;
        while (table[s] != value) {
            s = (s + 1) & mask;
        }
        // shift back the entries of the cluster that would no longer be found past the hole
        int hole = s;
        for (int j = (hole + 1) & mask; table[j] != 0; j = (j + 1) & mask) {
            int home = (int) (table[j] >>> 32) & mask;
            boolean movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
            if (movable) {
                table[hole] = table[j];
                hole = j;
            }
        }
        table[hole] = 0;
        freeList(ints[e * INTS + PENDING_HEAD]);
        freeList(runHead[e]);
        key[e] = null;
        alive[e] = false;
        ints[e * INTS + PENDING_HEAD] = freeEntry;
        freeEntry = e;
        resident--;
    }

    private int node(long d, String occurrenceId) {
        int n;
        if (freeNode != NONE) {
            n = freeNode;
            freeNode = next[n];
        } else {
            if (nodes == day.length) {
                int size = nodes * 2;
                day = Arrays.copyOf(day, size);
                id = Arrays.copyOf(id, size);
                next = Arrays.copyOf(next, size);
            }
            n = nodes++;
        }
        day[n] = d;
        id[n] = occurrenceId;
        next[n] = NONE;
        return n;
    }

    private void freeNode(int n) {
        id[n] = null;
        next[n] = freeNode;
        freeNode = n;
    }

    private void freeList(int head) {
        for (int n = head; n != NONE; ) {
            int following = next[n];
            freeNode(n);
            n = following;
        }
    }

    private void enqueue(int e, long d) {
        if (queueSize == queueEntry.length) {
            int size = queueSize * 2;
            int[] entriesQ = new int[size];
            long[] daysQ = new long[size];
            for (int i = 0; i < queueSize; i++) {
                int at = (queueHead + i) & (queueEntry.length - 1);
                entriesQ[i] = queueEntry[at];
                daysQ[i] = queueDay[at];
            }
            queueEntry = entriesQ;
            queueDay = daysQ;
            queueHead = 0;
        }
        int at = (queueHead + queueSize) & (queueEntry.length - 1);
        queueEntry[at] = e;
        queueDay[at] = d;
        queueSize++;
    }

    /**
     * Finishes and forgets the keys whose last day is before the window of the latest day: follows the queue of
     * raised last days from its oldest; an entry whose last day has risen since, or that is gone, is skipped there
     * (its later raise is further on in the queue).
     */
    private void expire() {
        long expired = watermark - lateness - window;
        int mask = queueEntry.length - 1;
        while (queueSize > 0 && queueDay[queueHead] < expired) {
            int e = queueEntry[queueHead];
            queueHead = (queueHead + 1) & mask;
            queueSize--;
            if (alive[e] && longs[e * LONGS + MAX_DAY] < expired) {
                if (ints[e * INTS + RUN_COUNT] + ints[e * INTS + PENDING_COUNT] >= threshold) { // fewer can form no run
                    settle(e, Long.MAX_VALUE);
                }
                remove(e);
            }
        }
    }

    /**
     * Settles every open key and returns all runs found so far, in the order found. More occurrences may follow
     * (a key's current run continues); they must not be earlier than those read.
     */
    public List<Run> finish() {
        for (int e = 0; e < entries; e++) {
            if (alive[e]) {
                settle(e, Long.MAX_VALUE);
            }
        }
        return List.copyOf(runs);
    }

    /** The keys held now. */
    public int resident() {
        return resident;
    }

    /** The most keys held at once. */
    public int peakResident() {
        return peak;
    }

    /** Occurrences that arrived more than {@code lateness} days after a later day (0: the runs are exact). */
    public long late() {
        return late;
    }

    /** Occurrences whose key differed from the key held under the same 96-bit fingerprint (0 but by a one-in-10¹⁷ chance). */
    public long collisions() {
        return collisions;
    }

    /** Feeds the pending occurrences before {@code cutoff}, in day then id order, to the key's current run. */
    private void settle(int e, long cutoff) {
        int pending = ints[e * INTS + PENDING_COUNT];
        if (order.length < pending) {
            order = new int[Math.max(pending, order.length * 2)];
        }
        int n = 0;
        int keptHead = NONE;
        int kept = 0;
        for (int x = ints[e * INTS + PENDING_HEAD]; x != NONE; ) {
            int following = next[x];
            if (day[x] < cutoff) {
                order[n++] = x;
            } else {
                next[x] = keptHead;
                keptHead = x;
                kept++;
            }
            x = following;
        }
        ints[e * INTS + PENDING_HEAD] = keptHead;
        ints[e * INTS + PENDING_COUNT] = kept;
        if (n == 0) {
            return;
        }
        sort(n);
        for (int k = 0; k < n; k++) {
            int x = order[k];
            long d = day[x];
            while (ints[e * INTS + RUN_COUNT] > 0 && d - day[runHead[e]] >= window) {
                int head = runHead[e];
                runHead[e] = next[head];
                freeNode(head);
                ints[e * INTS + RUN_COUNT]--;
            }
            next[x] = NONE;
            if (ints[e * INTS + RUN_COUNT] == 0) {
                runHead[e] = x;
            } else {
                next[runTail[e]] = x;
            }
            runTail[e] = x;
            ints[e * INTS + RUN_COUNT]++;
            if (ints[e * INTS + RUN_COUNT] >= threshold) {
                int size = ints[e * INTS + RUN_COUNT];
                String[] ids = new String[Math.min(size, maxIds)];
                int i = 0;
                for (int y = runHead[e]; y != NONE && i < ids.length; y = next[y]) {
                    ids[i++] = id[y];
                }
                runs.add(new Run(key[e], day[runHead[e]], d, size, List.of(ids)));
                freeList(runHead[e]);
                runHead[e] = NONE;
                runTail[e] = NONE;
                ints[e * INTS + RUN_COUNT] = 0;
            }
        }
    }

    /** Sorts {@code order[0, n)} by day then id: insertion sort, as a key holds few occurrences at a time. */
    private void sort(int n) {
        if (n > 32) {
            Integer[] boxed = new Integer[n];
            for (int k = 0; k < n; k++) {
                boxed[k] = order[k];
            }
            Arrays.sort(boxed, Comparator.<Integer>comparingLong(i -> day[i]).thenComparing(i -> id[i]));
            for (int k = 0; k < n; k++) {
                order[k] = boxed[k];
            }
            return;
        }
        for (int a = 1; a < n; a++) {
            int x = order[a];
            int j = a - 1;
            while (j >= 0 && (day[order[j]] > day[x] || day[order[j]] == day[x] && id[order[j]].compareTo(id[x]) > 0)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
    }
}
