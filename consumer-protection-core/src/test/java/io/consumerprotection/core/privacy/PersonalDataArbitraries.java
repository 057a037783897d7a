package io.consumerprotection.core.privacy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid personal identifiers for property tests, written independently of the code under test. */
public final class PersonalDataArbitraries {

    private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CK = "10X98765432";
    private static final String[] REGIONS = {"110105", "310115", "440305", "330106", "510107", "650102", "540102"};

    /** Valid resident IDs built here (GB 11643 arithmetic written out independently). */
    public static Arbitrary<String> residentIds() {
        return Combinators.combine(Arbitraries.of(REGIONS), Arbitraries.integers().between(1900, 2020),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 999)).as((r, y, m, d, seq) -> {
                    String body = r + String.format(java.util.Locale.ROOT, "%04d%02d%02d%03d", y, m, d, seq);
                    int sum = 0;
                    for (int i = 0; i < 17; i++) {
                        sum += (body.charAt(i) - '0') * W[i];
                    }
                    return body + CK.charAt(sum % 11);
                });
    }

    /** Valid Luhn card numbers of 13 to 19 digits. */
    public static Arbitrary<String> cards() {
        return Combinators.combine(Arbitraries.of("62", "4", "5", "3", "9"), Arbitraries.integers().between(13, 19),
                Arbitraries.strings().numeric().ofLength(19)).as((p, len, digits) -> {
                    String body = (p + digits).substring(0, len - 1);
                    for (char c = '0'; c <= '9'; c++) {
                        String s = body + c;
                        int sum = 0;
                        for (int i = 0; i < s.length(); i++) {
                            int v = s.charAt(s.length() - 1 - i) - '0';
                            if (i % 2 == 1) {
                                v = v * 2 > 9 ? v * 2 - 9 : v * 2;
                            }
                            sum += v;
                        }
                        if (sum % 10 == 0) {
                            return s;
                        }
                    }
                    throw new IllegalStateException("unreachable");
                });
    }

    private PersonalDataArbitraries() {
    }
}
