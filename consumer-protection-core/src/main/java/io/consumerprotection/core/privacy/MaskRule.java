package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.privacy.ReferenceTable;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one value is masked: keep the first and last code points, keep the surname, keep the province and
 * city of an address, keep the first character and domain of an e-mail, mask fully, redact, or (C1 only)
 * show unchanged. Rules count Unicode code points and never split a surrogate pair. A value too short or
 * malformed for its rule is masked completely, so a rule other than {@link #none()} never returns a value
 * unchanged unless it holds nothing but {@code *} (or is empty). Immutable and thread-safe.
 */
public final class MaskRule {

    /** The masking character. */
    public static final char MASK = '*';
    /** What {@link #redact()} writes, whatever the length. */
    public static final String REDACTED = "******";
    /** The fewest code points a keep rule must hide; fewer and the value is masked completely. */
    public static final int MIN_HIDDEN = 3;

    private static final Set<String> COMPOUND_SURNAMES = loadSurnames();

    private enum Kind { KEEP, SURNAME, REGION, EMAIL, FULL, REDACT, NONE }

    private static final MaskRule SURNAME = new MaskRule(Kind.SURNAME, 0, 0);
    private static final MaskRule REGION = new MaskRule(Kind.REGION, 0, 0);
    private static final MaskRule EMAIL = new MaskRule(Kind.EMAIL, 0, 0);
    private static final MaskRule FULL = new MaskRule(Kind.FULL, 0, 0);
    private static final MaskRule REDACT = new MaskRule(Kind.REDACT, 0, 0);
    private static final MaskRule NONE = new MaskRule(Kind.NONE, 0, 0);

    private final Kind kind;
    private final int first;
    private final int last;

    private MaskRule(Kind kind, int first, int last) {
        this.kind = kind;
        this.first = first;
        this.last = last;
    }

    /** Keeps the first {@code first} and last {@code last} code points, masks the others. */
    public static MaskRule keep(int first, int last) {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative: " + first);
        }
        if (last < 0) {
            throw new IllegalArgumentException("last must not be negative: " + last);
        }
        return new MaskRule(Kind.KEEP, first, last);
    }

    /** Keeps the surname (one code point, or two for a compound surname such as 欧阳 or 司马). */
    public static MaskRule surname() {
        return SURNAME;
    }

    /** Keeps the province and the city of an address; an address with neither is masked completely. */
    public static MaskRule region() {
        return REGION;
    }

    /** Keeps the first character of the local part and the domain of an e-mail address. */
    public static MaskRule email() {
        return EMAIL;
    }

    /** Masks every code point. */
    public static MaskRule full() {
        return FULL;
    }

    /** Writes {@value #REDACTED} whatever the value, hiding even its length. */
    public static MaskRule redact() {
        return REDACT;
    }

    /** Shows the value unchanged; allowed for C1 field types only. */
    public static MaskRule none() {
        return NONE;
    }

    /**
     * Parses the text form: {@code keep(F,L)}, {@code surname}, {@code region}, {@code email}, {@code full},
     * {@code redact} or {@code none}.
     */
    public static MaskRule parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        switch (t) {
            case "surname": return SURNAME;
            case "region": return REGION;
            case "email": return EMAIL;
            case "full": return FULL;
            case "redact": return REDACT;
            case "none": return NONE;
            default:
                if (t.startsWith("keep(") && t.endsWith(")")) {
                    String[] p = t.substring(5, t.length() - 1).split(",");
                    if (p.length == 2) {
                        try {
                            return keep(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("text is not a mask rule: " + text, e);
                        }
                    }
                }
                throw new IllegalArgumentException("text is not a mask rule: " + text);
        }
    }

    /** Whether this rule shows the value unchanged. */
    public boolean isNone() {
        return kind == Kind.NONE;
    }

    /** Masks a value with no shape check. */
    public String apply(String value) {
        return apply(value, ValueShape.ANY);
    }

    String apply(String value, ValueShape shape) {
        Objects.requireNonNull(value, "value");
        switch (kind) {
            case KEEP: return keepEnds(value, shape);
            case SURNAME: return surname(value);
            case REGION: return region(value);
            case EMAIL: return email(value);
            case REDACT: return REDACTED;
            case NONE: return value;
            default: return fully(value);
        }
    }

    private String keepEnds(String s, ValueShape shape) {
        int n = s.length();
        int hiddenTo = n - last;
        if (n - first - last < MIN_HIDDEN) {
            return fully(s);
        }
        if (shape != ValueShape.ANY && !shape.lengthOk(n)) {
            return fully(s);
        }
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return shape == ValueShape.ANY ? keepEndsCodePoints(s) : fully(s);
            }
            if (!shape.allows(c, i, n)) {
                return fully(s);
            }
            out[i] = i < first || i >= hiddenTo ? (byte) c : (byte) MASK;
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private String keepEndsCodePoints(String s) {
        int cps = s.codePointCount(0, s.length());
        if (cps - first - last < MIN_HIDDEN) {
            return fully(s);
        }
        int headEnd = s.offsetByCodePoints(0, first);
        int tailStart = s.offsetByCodePoints(s.length(), -last);
        StringBuilder b = new StringBuilder(headEnd + (cps - first - last) + (s.length() - tailStart));
        b.append(s, 0, headEnd);
        for (int i = first; i < cps - last; i++) {
            b.append(MASK);
        }
        return b.append(s, tailStart, s.length()).toString();
    }

    private static String fully(String s) {
        return String.valueOf(MASK).repeat(s.codePointCount(0, s.length()));
    }

    private static String surname(String s) {
        int cps = s.codePointCount(0, s.length());
        int keep = s.length() >= 2 && COMPOUND_SURNAMES.contains(s.substring(0, 2)) ? 2 : 1;
        if (cps <= keep) {
            return fully(s);
        }
        int end = s.offsetByCodePoints(0, keep);
        StringBuilder b = new StringBuilder(end + cps - keep).append(s, 0, end);
        for (int i = keep; i < cps; i++) {
            b.append(MASK);
        }
        return b.toString();
    }

    private static final String[] MUNICIPALITIES = {"北京", "上海", "天津", "重庆"};
    private static final String[] PROVINCE_ENDS = {"特别行政区", "自治区", "省"};
    private static final String[] CITY_ENDS = {"自治州", "地区", "市", "盟"};

    private static String region(String s) {
        int provinceEnd = 0;
        for (String m : MUNICIPALITIES) {
            if (s.startsWith(m)) {
                provinceEnd = s.startsWith("市", m.length()) ? m.length() + 1 : m.length();
            }
        }
        boolean municipality = provinceEnd > 0;
        if (!municipality) {
            provinceEnd = endOfFirst(s, 0, 12, PROVINCE_ENDS);
        }
        int keepEnd = provinceEnd;
        if (!municipality) {
            int cityEnd = endOfFirst(s, provinceEnd, provinceEnd + 10, CITY_ENDS);
            if (cityEnd > 0) {
                keepEnd = cityEnd;
            }
        }
        if (keepEnd <= 0 || keepEnd >= s.length() || Character.isLowSurrogate(s.charAt(keepEnd))) {
            return fully(s);
        }
        int hidden = s.codePointCount(keepEnd, s.length());
        StringBuilder b = new StringBuilder(keepEnd + hidden).append(s, 0, keepEnd);
        for (int i = 0; i < hidden; i++) {
            b.append(MASK);
        }
        return b.toString();
    }

    /** The end index of the earliest marker found in {@code [from, to)}, or 0. */
    private static int endOfFirst(String s, int from, int to, String[] markers) {
        int best = -1;
        int bestEnd = 0;
        for (String m : markers) {
            int i = s.indexOf(m, from);
            if (i > from - 1 && i < Math.min(to, s.length()) && (best < 0 || i < best)) {
                best = i;
                bestEnd = i + m.length();
            }
        }
        return bestEnd;
    }

    private static String email(String s) {
        int at = s.lastIndexOf('@');
        if (at <= 0 || at >= s.length() - 3 || s.indexOf('.', at) < 0) {
            return fully(s);
        }
        int firstEnd = s.offsetByCodePoints(0, 1);
        String head = firstEnd < at ? s.substring(0, firstEnd) : "";
        return head + "***" + s.substring(at);
    }

    private static Set<String> loadSurnames() {
        Set<String> set = new HashSet<>();
        for (String[] row : ReferenceTable.load(MaskRule.class, "compound-surnames.txt").rows()) {
            set.add(row[0].strip());
        }
        return Set.copyOf(set);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskRule r && r.kind == kind && r.first == first && r.last == last;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, first, last);
    }

    /** The text form {@link #parse} accepts. */
    @Override
    public String toString() {
        return kind == Kind.KEEP ? "keep(" + first + "," + last + ")" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
