package io.consumerprotection.core.internal.reporting;

import java.util.Arrays;

/**
 * {@code long} keys (such as two codes of a {@link CodeTable} side by side, {@link #pair}) interned to dense codes
 * {@code 0, 1, 2, …} in order of first appearance: open addressing over primitive arrays, no object per lookup. A
 * cell of any number of parts is addressed by folding its codes pairwise through one table per further part.
 * Not thread-safe.
 */
public final class LongCodeTable {

    /** Slot holds code + 1; 0 is an empty slot. Linear probing, load at most 1/2. */
    private int[] slots = new int[16];
    private long[] keys = new long[8];
    private int size;

    /** Two non-negative codes as one key. */
    public static long pair(int first, int second) {
        return ((long) first << 32) | (second & 0xFFFF_FFFFL);
    }

    /** The code of {@code key}, a new one (the next free) when it was not seen before. */
    public int code(long key) {
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        for (int s; (s = slots[i]) != 0; i = (i + 1) & mask) {
            if (keys[s - 1] == key) {
                return s - 1;
            }
        }
        int c = size++;
        if (c == keys.length) {
            keys = Arrays.copyOf(keys, c * 2);
        }
        keys[c] = key;
        slots[i] = c + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return c;
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int m = grown.length - 1;
        for (int c = 0; c < size; c++) {
            int i = mix(keys[c]) & m;
            while (grown[i] != 0) {
                i = (i + 1) & m;
            }
            grown[i] = c + 1;
        }
        slots = grown;
    }

    private static int mix(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 29) ^ (x >>> 47));
    }

    /** The key of a code. */
    public long key(int code) {
        if (code < 0 || code >= size) {
            throw new IndexOutOfBoundsException(code);
        }
        return keys[code];
    }

    /** The number of codes given. */
    public int size() {
        return size;
    }
}
