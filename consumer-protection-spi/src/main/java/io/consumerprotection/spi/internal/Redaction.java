package io.consumerprotection.spi.internal;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * How the SDK shows a value in a {@code toString()} or an exception message, so that nothing a person typed
 * (a name, an ID number, a card, a mobile, a channel reference, a narrative) is ever printed raw:
 * <ul>
 *   <li><b>ids, codes, statuses</b> ({@link #code}) print as they are when they have the shape of a code: 1 to
 *       64 ASCII letters, digits and {@code . _ - : / , = | [ ]}, with no run of more than {@value #MAX_DIGIT_RUN}
 *       digits (a mobile has 11, a card 13 to 19, an ID number 15 or 18). Anything else in such a field prints
 *       as free text;</li>
 *   <li><b>free text</b> ({@link #text}) prints as its length only: {@code text(42 chars)};</li>
 *   <li><b>personal fields</b> ({@link #personal}) print as {@value #HIDDEN};</li>
 *   <li>a value that <b>failed a check</b> is described in a message by its {@link #shape} only:
 *       {@code 19 digits}, {@code 12 characters}.</li>
 * </ul>
 * Numbers, enum names, dates and instants print as they are. {@code null} prints as {@code null}.
 */
public final class Redaction {

    /** What a personal field prints as. */
    public static final String HIDDEN = "***";

    /** The longest run of digits a code may show: one digit fewer than a mainland mobile number. */
    public static final int MAX_DIGIT_RUN = 10;

    private static final int MAX_CODE_LENGTH = 64;

    private Redaction() {
    }

    /** Free text: its length in code points, {@code text(42 chars)}. */
    public static String text(String value) {
        if (value == null) {
            return "null";
        }
        return "text(" + value.codePointCount(0, value.length()) + " chars)";
    }

    /** An id or a code: as it is when it has the shape of a code, otherwise as {@link #text free text}. */
    public static String code(String value) {
        if (value == null) {
            return "null";
        }
        return isCode(value) ? value : text(value);
    }

    /** A personal field (a name, a reference to a person, an identifier): {@value #HIDDEN}, or {@code null}. */
    public static String personal(String value) {
        return value == null ? "null" : HIDDEN;
    }

    /** Codes of a collection, each as {@link #code}, in iteration order. */
    public static String codes(Collection<String> values) {
        if (values == null) {
            return "null";
        }
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (String v : values) {
            j.add(code(v));
        }
        return j.toString();
    }

    /**
     * A map with code keys, in key order: keys as {@link #code}; string values as {@link #code} too (so free
     * text in a value prints by its length), other values as they are.
     */
    public static String codes(Map<String, ?> values) {
        if (values == null) {
            return "null";
        }
        StringJoiner j = new StringJoiner(", ", "{", "}");
        Map<String, ?> sorted = values.keySet().stream().allMatch(k -> k != null) ? new TreeMap<>(values) : values;
        sorted.forEach((k, v) -> j.add(code(k) + "=" + (v instanceof String s ? code(s) : String.valueOf(v))));
        return j.toString();
    }

    /**
     * The shape of a value for a message that must not repeat it: {@code 19 digits}, {@code 12 characters},
     * {@code empty}, {@code null}.
     */
    public static String shape(CharSequence value) {
        if (value == null) {
            return "null";
        }
        String s = value.toString();
        int n = s.codePointCount(0, s.length());
        if (n == 0) {
            return "empty";
        }
        boolean digits = s.chars().allMatch(c -> c >= '0' && c <= '9');
        return n + (digits ? n == 1 ? " digit" : " digits" : n == 1 ? " character" : " characters");
    }

    /** Whether a value has the shape of a code, so that {@link #code} prints it as it is. */
    public static boolean isCode(String value) {
        int n = value.length();
        if (n == 0 || n > MAX_CODE_LENGTH) {
            return false;
        }
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run > MAX_DIGIT_RUN) {
                    return false;
                }
                continue;
            }
            run = 0;
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '_' || c == '-'
                    || c == ':' || c == '/' || c == ',' || c == '=' || c == '|' || c == '[' || c == ']';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
