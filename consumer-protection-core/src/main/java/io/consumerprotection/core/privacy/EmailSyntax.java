package io.consumerprotection.core.privacy;

/** The everyday e-mail syntax shared by validation and scrubbing (package-private). */
final class EmailSyntax {

    private EmailSyntax() {
    }

    /** A dot-atom character other than the dot (RFC 5322 atext). */
    static boolean isAtext(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    static boolean isLocalPart(CharSequence s, int from, int to) {
        int n = to - from;
        if (n < 1 || n > 64 || s.charAt(from) == '.' || s.charAt(to - 1) == '.') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (s.charAt(i - 1) == '.') {
                    return false;
                }
            } else if (!isAtext(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    static boolean isDomain(CharSequence s, int from, int to) {
        if (to - from < 4 || to - from > 253) {
            return false;
        }
        int labelStart = from;
        int labels = 0;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                int len = i - labelStart;
                if (len < 1 || len > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == to) {
                    for (int k = labelStart; k < to; k++) {
                        char c = s.charAt(k);
                        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                            return false;
                        }
                    }
                    return labels >= 2 && len >= 2;
                }
                labelStart = i + 1;
            } else if (!isLabelChar(s.charAt(i))) {
                return false;
            }
        }
        return false;
    }
}
