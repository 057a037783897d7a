package io.consumerprotection.core.internal.text;

import io.consumerprotection.spi.Violation;
import java.util.List;
import java.util.Locale;

/**
 * The rule every stored text of the SDK meets, in one place: at most a number of code points, and no character a
 * database would refuse or alter (NUL, an unpaired surrogate, a control character; tab, line feed and carriage
 * return allowed in free text). Used by the complaint lifecycle's limits and by the audit trail.
 */
public final class StoredText {

    private StoredText() {
    }

    /**
     * Adds the violations of one text: a refused character (each rule once, at its first position) and a length
     * over the maximum. {@code null} and empty texts have none.
     */
    public static void check(List<Violation> v, String field, String value, int max, boolean multiline) {
        if (value == null || value.isEmpty()) {
            return;
        }
        int codePoints = 0;
        int nul = -1;
        int unpaired = -1;
        int control = -1;
        int controlChar = 0;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            codePoints++;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                if (unpaired < 0) {
                    unpaired = codePoints;
                }
            } else if (c == 0) {
                if (nul < 0) {
                    nul = codePoints;
                }
            } else if ((c < 0x20 && !(multiline && (c == '\t' || c == '\n' || c == '\r')))
                    || (c >= 0x7F && c <= 0x9F)) {
                if (control < 0) {
                    control = codePoints;
                    controlChar = c;
                }
            }
        }
        if (nul > 0) {
            v.add(Violation.of(field, "NUL_CHARACTER", field + " holds a NUL character (U+0000) at code point " + nul
                    + "; no stored text may hold one"));
        }
        if (unpaired > 0) {
            v.add(Violation.of(field, "UNPAIRED_SURROGATE", field + " holds an unpaired UTF-16 surrogate at code point "
                    + unpaired + "; it is not a character"));
        }
        if (control > 0) {
            v.add(Violation.of(field, "CONTROL_CHARACTER", field + " holds the control character "
                    + String.format(Locale.ROOT, "U+%04X", controlChar) + " at code point " + control
                    + (multiline ? "; free text may hold only tab, line feed and carriage return"
                            : "; it is one line of text without control characters")));
        }
        if (codePoints > max) {
            v.add(Violation.of(field, "MAX_LENGTH", field + " has " + codePoints + " code points; at most " + max
                    + " are stored"));
        }
    }
}
