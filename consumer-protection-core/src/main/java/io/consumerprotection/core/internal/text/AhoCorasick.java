package io.consumerprotection.core.internal.text;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-pattern matcher (Aho–Corasick automaton) over {@code char}s: every occurrence of every pattern in
 * one left-to-right pass, in time linear in the text plus the matches. The root's transitions are a direct
 * table; the others live in one open-addressing hash table keyed by state and character. Immutable after
 * construction and thread-safe.
 *
 * <p>Lives in {@code core.internal.text}, which depends on nothing in core, so that {@code classification} (the
 * narrative classifier) and {@code review} (the claim scanner) share it without a package cycle. When two patterns
 * are equal only the first is reported: callers pass distinct patterns.
 */
public final class AhoCorasick {

    /** Receives matches: the pattern's index and the text offset just after its last character. */
    public interface Sink {
        void match(int pattern, int end);
    }

    private final int[] rootNext = new int[65_536];
    private final long[] keys;
    private final int[] values;
    private final int mask;
    private final int[] fail;
    private final int[] output;      // pattern ending exactly at the state, or -1
    private final int[] outputLink;  // nearest state on the failure chain with an output, or 0
    private final int[] patternLength;

    public AhoCorasick(List<String> patterns) {
        int total = 1;
        for (String p : patterns) {
            total += p.length();
        }
        int capacity = Integer.highestOneBit(Math.max(16, total * 2)) * 2;
        long[] k = new long[capacity];
        Arrays.fill(k, -1L);
        int[] v = new int[capacity];
        int m = capacity - 1;
        int[] out = new int[total];
        Arrays.fill(out, -1);
        int[] parent = new int[total];
        char[] edge = new char[total];
        int states = 1;
        patternLength = new int[patterns.size()];
        // goto function (trie)
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            if (p.isEmpty()) {
                throw new IllegalArgumentException("patterns: empty pattern at " + i);
            }
            patternLength[i] = p.length();
            int s = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                int next = s == 0 ? rootNext[c] : get(k, v, m, s, c);
                if (next <= 0) {
                    next = states++;
                    parent[next] = s;
                    edge[next] = c;
                    if (s == 0) {
                        rootNext[c] = next;
                    } else {
                        put(k, v, m, s, c, next);
                    }
                }
                s = next;
            }
            if (out[s] < 0) {
                out[s] = i;
            }
        }
        this.keys = k;
        this.values = v;
        this.mask = m;
        this.output = Arrays.copyOf(out, states);
        this.fail = new int[states];
        this.outputLink = new int[states];
        // failure links, breadth first; the children of a state are found by scanning its transitions
        int[][] children = childrenOf(states, parent);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : children[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int child : children[s]) {
                char c = edge[child];
                int f = fail[s];
                int target;
                while (true) {
                    target = step(f, c);
                    if (target > 0 || f == 0) {
                        break;
                    }
                    f = fail[f];
                }
                fail[child] = target > 0 && target != child ? target : 0;
                outputLink[child] = output[fail[child]] >= 0 ? fail[child] : outputLink[fail[child]];
                queue.add(child);
            }
        }
    }

    private static int[][] childrenOf(int states, int[] parent) {
        int[] count = new int[states];
        for (int s = 1; s < states; s++) {
            count[parent[s]]++;
        }
        int[][] children = new int[states][];
        for (int s = 0; s < states; s++) {
            children[s] = new int[count[s]];
        }
        int[] fill = new int[states];
        for (int s = 1; s < states; s++) {
            children[parent[s]][fill[parent[s]]++] = s;
        }
        return children;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private static int get(long[] k, int[] v, int mask, int state, char c) {
        long key = ((long) state << 16) | c;
        int i = slot(key, mask);
        while (k[i] != -1L) {
            if (k[i] == key) {
                return v[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    private static void put(long[] k, int[] v, int mask, int state, char c, int next) {
        long key = ((long) state << 16) | c;
        int i = slot(key, mask);
        while (k[i] != -1L) {
            i = (i + 1) & mask;
        }
        k[i] = key;
        v[i] = next;
    }

    /** The goto function: the next state, or 0 when there is no edge (also from the root). */
    private int step(int state, char c) {
        return state == 0 ? rootNext[c] : get(keys, values, mask, state, c);
    }

    /** The length of a pattern. */
    public int length(int pattern) {
        return patternLength[pattern];
    }

    /** Reports every occurrence of every pattern in {@code text[0, length)}. */
    public void search(char[] text, int length, Sink sink) {
        int s = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int next;
            while (true) {
                next = step(s, c);
                if (next > 0 || s == 0) {
                    break;
                }
                s = fail[s];
            }
            s = next;
            if (s == 0) {
                continue;
            }
            if (output[s] >= 0) {
                sink.match(output[s], i + 1);
            }
            for (int o = outputLink[s]; o > 0; o = outputLink[o]) {
                sink.match(output[o], i + 1);
            }
        }
    }
}
