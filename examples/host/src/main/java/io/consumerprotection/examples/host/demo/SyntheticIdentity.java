package io.consumerprotection.examples.host.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Valid-looking but synthetic personal data for the demo's narratives (checksums correct, people fictional). */
final class SyntheticIdentity {

    private static final String[] REGIONS = {"110101", "310104", "440305", "510107", "330106", "420106", "320102", "370202"};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final String[] CARD_BINS = {"622848", "621700", "622202", "436742", "625807", "622588"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "欧阳", "司马"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明"};

    private SyntheticIdentity() {
    }

    /** An 18-character resident ID number with a correct GB 11643 check character. */
    static String residentId(SplittableRandom r) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(365 * 62));
        StringBuilder sb = new StringBuilder(18)
                .append(REGIONS[r.nextInt(REGIONS.length)])
                .append(String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth()))
                .append(String.format("%03d", r.nextInt(1000)));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (sb.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return sb.append(ID_CHECK[sum % 11]).toString();
    }

    /** A 16- or 19-digit card number that passes the Luhn check. */
    static String cardNumber(SplittableRandom r) {
        int length = r.nextBoolean() ? 16 : 19;
        StringBuilder sb = new StringBuilder(length).append(CARD_BINS[r.nextInt(CARD_BINS.length)]);
        while (sb.length() < length - 1) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        int sum = 0;
        for (int i = sb.length() - 1, pos = 0; i >= 0; i--, pos++) {
            int d = sb.charAt(i) - '0';
            if (pos % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sb.append((char) ('0' + (10 - sum % 10) % 10)).toString();
    }

    /** An 11-digit mainland mobile number. */
    static String mobile(SplittableRandom r) {
        String[] prefixes = {"138", "139", "186", "135", "158", "177", "199", "150"};
        StringBuilder sb = new StringBuilder(prefixes[r.nextInt(prefixes.length)]);
        while (sb.length() < 11) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    /** A Chinese name, compound surnames included. */
    static String name(SplittableRandom r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
                + (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
    }
}
