package io.consumerprotection.core.privacy;

/**
 * Identifiers built in tests by the plain text of their standards, independently of the SDK's own arithmetic
 * ({@code internal.privacy.Checks}): GB 11643-1999 §6.2 (ISO 7064 MOD 11-2) and ISO/IEC 7812-1 Annex B (Luhn).
 */
final class NaiveIdentifiers {

    private NaiveIdentifiers() {
    }

    /** GB 11643 check character of 17 digits: weight 2^(17-i) mod 11 for position i (1-based), sum mod 11 mapped. */
    static char gb11643Check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = 1;
            for (int k = 0; k < 17 - i; k++) {
                weight = weight * 2 % 11;
            }
            sum += (first17.charAt(i) - '0') * weight;
        }
        // (12 - sum mod 11) mod 11, with 10 written X
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** A resident ID: region (6 digits), birth date (8), sequence (3) and its check character. */
    static String residentId(String region, String birth, String sequence) {
        String first17 = region + birth + sequence;
        return first17 + gb11643Check(first17);
    }

    /** A 2023 foreign permanent resident ID: 9, province, nationality, birth, sequence, sex digit, check character. */
    static String foreignResidentId(String province, String nationality, String birth, String sequence, String sex) {
        String first17 = "9" + province + nationality + birth + sequence + sex;
        return first17 + gb11643Check(first17);
    }

    /** The body followed by its Luhn check digit: from the right, double every second digit of the whole number. */
    static String card(String body) {
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int d = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2;
                    d = d / 10 + d % 10;
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no check digit");
    }

    /** The same text with ASCII digits written full width. */
    static String fullWidth(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return b.toString();
    }
}
