package io.consumerprotection.core.internal.reporting;

import java.util.Arrays;
import java.util.Objects;

/**
 * Strings interned to dense codes {@code 0, 1, 2, …} in order of first appearance: an open-addressing table keyed
 * by {@link String#hashCode()} (cached in the string), a reference check before {@code equals}, no object per
 * lookup. The cells of a report pass are addressed by these codes instead of nested string maps. Memory is bounded
 * by the distinct strings (the cells' values), never by the complaints. Not thread-safe.
 */
public final class CodeTable {

    /** Slot holds code + 1; 0 is an empty slot. Linear probing, load at most 1/2. */
    private int[] slots = new int[16];
    private int[] hashes = new int[8];
    private String[] values = new String[8];
    private int size;

    /** The code of {@code value}, a new one (the next free) when it was not seen before. */
    public int code(String value) {
        int h = value.hashCode();
        int mask = slots.length - 1;
        int i = mix(h) & mask;
        for (int s; (s = slots[i]) != 0; i = (i + 1) & mask) {
            int c = s - 1;
            String v = values[c];
            if (v == value || (hashes[c] == h && v.equals(value))) {
                return c;
            }
        }
        return add(value, h, i);
    }

    /** The code of {@code value}, or {@code -1} when it was not seen. */
    public int find(String value) {
        int h = value.hashCode();
        int mask = slots.length - 1;
        for (int i = mix(h) & mask, s; (s = slots[i]) != 0; i = (i + 1) & mask) {
            int c = s - 1;
            String v = values[c];
            if (v == value || (hashes[c] == h && v.equals(value))) {
                return c;
            }
        }
        return -1;
    }

    private int add(String value, int h, int slot) {
        int c = size++;
        if (c == values.length) {
            values = Arrays.copyOf(values, c * 2);
            hashes = Arrays.copyOf(hashes, c * 2);
        }
        values[c] = value;
        hashes[c] = h;
        slots[slot] = c + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return c;
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int c = 0; c < size; c++) {
            int i = mix(hashes[c]) & mask;
            while (grown[i] != 0) {
                i = (i + 1) & mask;
            }
            grown[i] = c + 1;
        }
        slots = grown;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** The string of a code. */
    public String value(int code) {
        Objects.checkIndex(code, size);
        return values[code];
    }

    /** The number of codes given. */
    public int size() {
        return size;
    }
}
