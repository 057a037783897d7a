package io.consumerprotection.core.internal.privacy;

/**
 * Character rules shared by the free-text readers ({@link PiiScanner}, {@link SecretReader}): ASCII and full-width
 * digits and letters, the separators that may stand inside a number, and the gaps between a keyword and its value.
 */
final class TextChars {

    private TextChars() {
    }

    /** A full-width ASCII variant folded to ASCII; other characters as they are. */
    static char fold(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isLetter(char c) {
        return isAsciiLetter(fold(c));
    }

    /** Characters that may stand between the digit groups of one number. */
    static boolean isSeparator(char c) {
        switch (c) {
            case ' ': case '-': case '.': case '\t': case '\n': case '\r': case '\u00A0': case '\u3000':
            case '\uFF0D': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2009':
            case '\u2002': case '\u2003': case '\u202F':
                return true;
            default:
                return false;
        }
    }

    /** The length (1 or 2) of the separator at {@code i} when a digit follows it, or 0. */
    static int separatorLength(String s, int i) {
        int n = s.length();
        if (i + 1 >= n || !isSeparator(s.charAt(i))) {
            return 0;
        }
        if (digit(s.charAt(i + 1)) >= 0) {
            return 1;
        }
        return i + 2 < n && isSeparator(s.charAt(i + 1)) && digit(s.charAt(i + 2)) >= 0 ? 2 : 0;
    }

    /** Whether {@code w} (upper-case ASCII) stands at {@code i}, ignoring case and full width. */
    static boolean matches(String s, int i, String w) {
        if (i + w.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = fold(s.charAt(i + k));
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            if (c != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isGap(char c) {
        switch (fold(c)) {
            case ' ': case ':': case '是': case '为': case '=': case '"': case '“': case '”': case '码': case '\t':
            case '「': case '」': case '【': case '】': case '（': case '）': case '(': case ')': case '至': case '\'':
            case '\u3000': case '\u00A0': case '号': case '>': case '<': case '[': case ']': case '#': case '-':
            case '〔': case '〕': case '〈': case '〉': case '《': case '》': case '『': case '』': case '到': case '限':
            case '短': case '信':
                return true;
            default:
                return false;
        }
    }

    static int skipGaps(String s, int from, int max) {
        int i = from;
        while (i < s.length() && i - from < max && isGap(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
