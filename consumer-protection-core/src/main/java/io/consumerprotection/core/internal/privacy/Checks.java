package io.consumerprotection.core.internal.privacy;

/**
 * Check-character arithmetic of GB 11643 (resident ID), ISO/IEC 7812 Luhn (bank cards) and GB 32100
 * (unified social credit code), over ranges of a char array; a {@link CharSequence} is read through a copy (one
 * algorithm each). Callers check the characters first.
 */
public final class Checks {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** The 31 characters of GB 32100 in value order (no I, O, Z, S, V). */
    public static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_VALUE = new int[128];

    static {
        java.util.Arrays.fill(USCC_VALUE, -1);
        for (int i = 0; i < USCC_ALPHABET.length(); i++) {
            USCC_VALUE[USCC_ALPHABET.charAt(i)] = i;
        }
    }

    /** The earliest birth year of a resident or foreign permanent resident ID number, for validator and scanner alike. */
    public static final int MIN_BIRTH_YEAR = 1800;

    private Checks() {
    }

    /**
     * Whether a number can be the ISO 3166-1 numeric nationality code of a foreign permanent resident ID:
     * 004 to 894 (the range ISO 3166-1 assigns), not China's 156.
     */
    public static boolean isNationalityCode(int code) {
        return code >= 4 && code <= 894 && code != 156;
    }

    /** The GB 11643 check character of the 17 ASCII digits at {@code off}. */
    public static char residentIdCheckChar(CharSequence s, int off) {
        return residentIdCheckChar(s.toString().toCharArray(), off);
    }

    /** The GB 11643 check character of 17 digits in a char array. */
    public static char residentIdCheckChar(char[] d, int off) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (d[off + i] - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11];
    }

    /** Whether the {@code len} ASCII digits at {@code off} pass the Luhn check. */
    public static boolean luhn(CharSequence s, int off, int len) {
        return luhn(s.toString().toCharArray(), off, len);
    }

    /** Whether the {@code len} digits in a char array pass the Luhn check. */
    public static boolean luhn(char[] d, int off, int len) {
        int sum = 0;
        boolean dbl = false;
        for (int i = off + len - 1; i >= off; i--) {
            int v = d[i] - '0';
            if (dbl) {
                v <<= 1;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** The GB 32100 value of a character, or -1 when it is not in the alphabet. */
    public static int usccValue(char c) {
        return c < 128 ? USCC_VALUE[c] : -1;
    }

    /** The GB 32100 check character of the 17 alphabet characters at {@code off}. */
    public static char usccCheckChar(CharSequence s, int off) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += usccValue(s.charAt(off + i)) * USCC_WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return USCC_ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** Whether year, month and day form a real proleptic Gregorian date. */
    public static boolean isDate(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1) {
            return false;
        }
        int max = switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return d <= max;
    }

    /** The number formed by {@code len} ASCII digits at {@code off}. */
    public static int digits(CharSequence s, int off, int len) {
        int v = 0;
        for (int i = 0; i < len; i++) {
            v = v * 10 + (s.charAt(off + i) - '0');
        }
        return v;
    }
}
