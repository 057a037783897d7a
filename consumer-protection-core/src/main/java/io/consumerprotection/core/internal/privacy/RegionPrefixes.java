package io.consumerprotection.core.internal.privacy;

import java.util.HashSet;
import java.util.Set;

/**
 * The administrative-division prefixes (GB/T 2260) of {@code region-prefixes.tsv}: a 2-digit code is a
 * bit in a table, 4- and 6-digit codes a hash set. Immutable and thread-safe.
 */
public final class RegionPrefixes {

    private static final RegionPrefixes BUNDLED = new RegionPrefixes(
            ReferenceTable.load(RegionPrefixes.class, "/io/consumerprotection/core/privacy/region-prefixes.tsv"));

    private final boolean[] provinces = new boolean[100];
    private final Set<Integer> finer = new HashSet<>();
    private final String version;

    /** Prefixes from a table whose first cell is the code. */
    public RegionPrefixes(ReferenceTable table) {
        this.version = table.version();
        for (String[] row : table.rows()) {
            String code = row[0].strip();
            if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || (code.length() != 2 && code.length() != 4
                    && code.length() != 6)) {
                throw new IllegalArgumentException("region code must have 2, 4 or 6 digits: " + code);
            }
            if (code.length() == 2) {
                provinces[Integer.parseInt(code)] = true;
            } else {
                finer.add(Integer.parseInt(code) * (code.length() == 4 ? 100 : 1) + (code.length() == 4 ? 1_000_000 : 0));
            }
        }
    }

    /** The bundled table. */
    public static RegionPrefixes bundled() {
        return BUNDLED;
    }

    /** The data version of the table. */
    public String version() {
        return version;
    }

    /** Whether a two-digit code (0 to 99) is a listed province. */
    public boolean isProvince(int twoDigits) {
        return twoDigits >= 0 && twoDigits < 100 && provinces[twoDigits];
    }

    /** Whether the six ASCII digits at {@code off} of a char array start with a listed prefix. */
    public boolean isKnown(char[] d, int off) {
        int p = (d[off] - '0') * 10 + (d[off + 1] - '0');
        if (provinces[p]) {
            return true;
        }
        if (finer.isEmpty()) {
            return false;
        }
        int six = 0;
        for (int i = 0; i < 6; i++) {
            six = six * 10 + (d[off + i] - '0');
        }
        return finer.contains(six) || finer.contains(six / 100 * 100 + 1_000_000);
    }

    /**
     * Whether the six ASCII digits at {@code off} start with a listed prefix; the caller has checked they are
     * digits.
     */
    public boolean isKnown(CharSequence s, int off) {
        int p = (s.charAt(off) - '0') * 10 + (s.charAt(off + 1) - '0');
        if (provinces[p]) {
            return true;
        }
        if (finer.isEmpty()) {
            return false;
        }
        int six = 0;
        for (int i = 0; i < 6; i++) {
            six = six * 10 + (s.charAt(off + i) - '0');
        }
        return finer.contains(six) || finer.contains(six / 100 * 100 + 1_000_000);
    }
}
