package io.consumerprotection.core.internal.audit;

/**
 * A fast scanner for unmasked personal data in free text: runs of digits that are a resident ID number
 * (GB 11643 checksum), a mobile number or a bank card number (Luhn), and labelled C3 values (card
 * security code, PIN, password, card expiry). It reports types and offsets, never values. A digit run
 * touching {@code *} is part of a masked value and is not reported.
 */
public final class PersonalDataScanner {

    /** The scanner's version, for run records. */
    public static final String VERSION = "basic-scanner 1";

    private static final String[][] C3_LABELS = {
        {"CVN2", "CVN"}, {"CVN", "CVN"}, {"CVV2", "CVN"}, {"CVV", "CVN"}, {"CVC", "CVN"}, {"安全码", "CVN"},
        {"交易密码", "PASSWORD"}, {"支付密码", "PASSWORD"}, {"登录密码", "PASSWORD"}, {"密码", "PASSWORD"},
        {"PIN", "PASSWORD"}, {"password", "PASSWORD"}, {"有效期", "CARD_EXPIRY"}
    };
    private static final int LABEL_REACH = 8;
    private static final String LABEL_FIRST = "CcPp安交支登密有";
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Receives each hit. */
    @FunctionalInterface
    public interface Hits {
        /** One hit: its type, whether it is C3, and its offsets {@code [start, end)}. */
        void found(String type, boolean c3, int start, int end);
    }

    private PersonalDataScanner() {
    }

    /** Scans the text and reports every hit in order of its offset within each pass (digit runs, then C3 labels). */
    public static void scan(String text, Hits hits) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            int end = i;
            boolean xSuffix = end < n && (text.charAt(end) == 'X' || text.charAt(end) == 'x') && end - start == 17;
            if (xSuffix) {
                end++;
                i++;
            }
            if (masked(text, start, end)) {
                continue;
            }
            int len = end - start;
            if (len == 18 && residentId(text, start)) {
                hits.found("RESIDENT_ID", false, start, end);
            } else if (len == 11 && text.charAt(start) == '1' && text.charAt(start + 1) >= '3') {
                hits.found("MOBILE", false, start, end);
            } else if (len >= 16 && len <= 19 && !xSuffix && luhn(text, start, end)) {
                hits.found("BANK_CARD", false, start, end);
            }
        }
        scanLabels(text, hits);
    }

    private static void scanLabels(String text, Hits hits) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            String[] label = labelAt(text, i);
            if (label == null) {
                i++;
                continue;
            }
            int after = i + label[0].length();
            int limit = Math.min(n, after + LABEL_REACH);
            int j = after;
            while (j < limit && !isDigit(text.charAt(j))) {
                j++;
            }
            if (j < limit) {
                int start = j;
                while (j < n && (isDigit(text.charAt(j)) || text.charAt(j) == '/')) {
                    j++;
                }
                if (j - start >= 3 && !masked(text, start, j)) {
                    hits.found(label[1], true, start, j);
                }
            }
            i = Math.max(after, j);
        }
    }

    /** The first (longest) label starting at this offset, or {@code null}; one character test for most offsets. */
    private static String[] labelAt(String text, int i) {
        char c = text.charAt(i);
        if (LABEL_FIRST.indexOf(c) < 0) {
            return null;
        }
        for (String[] l : C3_LABELS) {
            String word = l[0];
            if (Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(c)
                    && text.regionMatches(true, i, word, 0, word.length())) {
                return l;
            }
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean masked(String text, int start, int end) {
        return (start > 0 && text.charAt(start - 1) == '*') || (end < text.length() && text.charAt(end) == '*');
    }

    private static boolean residentId(String text, int start) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (text.charAt(start + k) - '0') * ID_WEIGHTS[k];
        }
        char check = Character.toUpperCase(text.charAt(start + 17));
        return ID_CHECK[sum % 11] == check;
    }

    private static boolean luhn(String text, int start, int end) {
        int sum = 0;
        boolean doubleIt = false;
        for (int k = end - 1; k >= start; k--) {
            int d = text.charAt(k) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
