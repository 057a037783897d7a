package io.consumerprotection.core.privacy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Recall, precision and leaks of {@link NarrativeScrubber#standard()} on {@code adversarial-snippets.txt}: synthetic,
 * adversarial complaint narratives written by {@code generate_adversarial_snippets.py} from the identifier standards
 * and the labelling rules, not from the scanner (see {@code adversarial-snippets.md} next to the data).
 *
 * <p>Per {@link FieldType}:
 * <ul>
 *   <li><b>labels</b>: labelled values of the type; <b>found</b>: labels overlapped by at least one finding of the
 *       same type; <b>recall</b> = found / labels;</li>
 *   <li><b>findings</b>: findings of the type; <b>matched</b>: findings overlapping at least one label of the same
 *       type; <b>precision</b> = matched / findings. The overall precision is over all findings except
 *       {@link FieldType#USCC} ones: an organisation's code is not personal data, so a USCC finding claims none (they
 *       are listed, not counted);</li>
 *   <li><b>leaks</b>: a label leaks when the scrubbed text still contains its value verbatim, or when the normal
 *       form of the scrubbed text contains any {@value #WINDOW} consecutive characters of the value's normal form
 *       that are all ASCII letters or digits (so a kept "+86" does not count). The normal form maps full-width
 *       forms (U+FF01..U+FF5E) to ASCII, upper-cases, and deletes the separators space, U+3000, '-' and '.'; of an
 *       EMAIL only the local part (before the '@') is windowed, since masks keep the domain. The generator makes
 *       sure neither the value nor any {@value #WINDOW} characters of its normal form occur elsewhere in its
 *       snippet, so a leak can only come from the value itself (a mask showing e.g. the first 6 and the last 4
 *       characters does not leak). <b>valid leaks</b> are leaks of check-valid values: RESIDENT_ID and
 *       OTHER_ID_DOCUMENT of 18 characters passing ISO 7064 MOD 11-2, BANK_CARD of 13-19 digits passing Luhn
 *       (checked here, independently of the SDK).</li>
 * </ul>
 *
 * <p>Targets: recall ≥ 0.99 for RESIDENT_ID, BANK_CARD, MOBILE, EMAIL, OTHER_ID_DOCUMENT, PASSPORT and the
 * C3 types (PASSWORD, PIN, OTP, CVN, CARD_EXPIRY); ≥ 0.95 for NAME and ACCOUNT; no valid leak; overall precision
 * ≥ 0.95.
 */
class AdversarialSnippetsTest {

    private static final String RESOURCE = "adversarial-snippets.txt";
    private static final int WINDOW = 8;
    private static final String PREFIX = "[adversarial] ";
    private static final Set<FieldType> RECALL_99 = EnumSet.of(FieldType.RESIDENT_ID, FieldType.BANK_CARD,
            FieldType.MOBILE, FieldType.EMAIL, FieldType.OTHER_ID_DOCUMENT, FieldType.PASSPORT,
            FieldType.PASSWORD, FieldType.PIN, FieldType.OTP, FieldType.CVN, FieldType.CARD_EXPIRY);
    /**
     * NAME; and ACCOUNT, because the set labels 5 account numbers that stand with no keyword at all
     * ({@code 截图显示(3702083193736055)}, {@code No731195872412421142ok}): failing Luhn, they cannot be told from
     * an order number, and the scanner masks an account number only after an account or card keyword.
     */
    private static final Set<FieldType> RECALL_95 = EnumSet.of(FieldType.NAME, FieldType.ACCOUNT);
    private static final Set<FieldType> NOT_PERSONAL = EnumSet.of(FieldType.USCC);
    private static final int EXAMPLES_PER_TYPE = 6;
    private static final int EXAMPLES = 30;

    record Label(FieldType type, int start, int end, String value, boolean checkValid) {
    }

    record Snippet(String text, List<Label> labels) {
    }

    static final class Stats {
        int labels;
        int found;
        int findings;
        int matched;
        int leaks;
        int validLabels;
        int validLeaks;
        final List<String> misses = new ArrayList<>();

        double recall() {
            return labels == 0 ? Double.NaN : found / (double) labels;
        }

        double precision() {
            return findings == 0 ? Double.NaN : matched / (double) findings;
        }
    }

    static Snippet parse(String line) {
        NarrativeScrubberEvaluationTest.Snippet s = NarrativeScrubberEvaluationTest.parse(line);
        List<Label> labels = new ArrayList<>();
        for (NarrativeScrubberEvaluationTest.Label l : s.labels()) {
            String value = s.text().substring(l.start(), l.end());
            labels.add(new Label(l.type(), l.start(), l.end(), value, checkValid(l.type(), value)));
        }
        return new Snippet(s.text(), labels);
    }

    static List<Snippet> snippets() throws IOException {
        return NarrativeScrubberEvaluationTest.lines(RESOURCE).stream().map(AdversarialSnippetsTest::parse).toList();
    }

    /** Full-width forms to ASCII, upper case, without the separators space, U+3000, '-' and '.'. */
    static String normal(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c != ' ' && c != '\u3000' && c != '-' && c != '.') {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    static boolean checkValid(FieldType type, String value) {
        String v = normal(value);
        return switch (type) {
            case RESIDENT_ID -> mod11x2(v);
            case OTHER_ID_DOCUMENT -> v.startsWith("9") && mod11x2(v);
            case BANK_CARD -> v.length() >= 13 && v.length() <= 19 && allDigits(v) && luhn(v);
            default -> false;
        };
    }

    private static boolean allDigits(String v) {
        return !v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** ISO 7064 MOD 11-2 as GB 11643 uses it: 17 digits and a check character. */
    static boolean mod11x2(String v) {
        if (v.length() != 18 || !allDigits(v.substring(0, 17))) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (v.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11) == v.charAt(17);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    static boolean leaks(String scrubbed, String scrubbedNormal, Label label) {
        if (scrubbed.contains(label.value())) {
            return true;
        }
        String value = label.value();
        if (label.type() == FieldType.EMAIL && value.replace('\uFF20', '@').indexOf('@') > 0) {
            value = value.substring(0, value.replace('\uFF20', '@').indexOf('@'));
        }
        String v = normal(value);
        for (int i = 0; i + WINDOW <= v.length(); i++) {
            String window = v.substring(i, i + WINDOW);
            if (window.chars().allMatch(AdversarialSnippetsTest::letterOrDigit) && scrubbedNormal.contains(window)) {
                return true;
            }
        }
        return false;
    }

    private static boolean letterOrDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    private static boolean overlaps(ScrubFinding f, Label l) {
        return f.start() < l.end() && l.start() < f.end();
    }

    @Test
    void meetsRecallPrecisionAndLeakTargets() throws IOException {
        List<Snippet> snippets = snippets();
        NarrativeScrubber scrubber = NarrativeScrubber.standard();
        Map<FieldType, Stats> stats = new EnumMap<>(FieldType.class);
        List<String> falseAlarms = new ArrayList<>();
        List<String> leakExamples = new ArrayList<>();
        int falseAlarmCount = 0;
        for (Snippet s : snippets) {
            String text = s.text();
            List<ScrubFinding> fs = scrubber.find(text);
            String scrubbed = scrubber.scrub(text).text();
            String scrubbedNormal = normal(scrubbed);
            for (Label l : s.labels()) {
                Stats st = stats.computeIfAbsent(l.type(), t -> new Stats());
                st.labels++;
                st.validLabels += l.checkValid() ? 1 : 0;
                boolean hit = fs.stream().anyMatch(f -> f.type() == l.type() && overlaps(f, l));
                if (hit) {
                    st.found++;
                } else if (st.misses.size() < EXAMPLES_PER_TYPE) {
                    String other = fs.stream().filter(f -> overlaps(f, l)).map(f -> f.type().name()).distinct()
                            .collect(Collectors.joining(","));
                    st.misses.add("\"" + l.value() + "\"" + (other.isEmpty() ? "" : " (found as " + other + ")")
                            + " in: " + text);
                }
                if (leaks(scrubbed, scrubbedNormal, l)) {
                    st.leaks++;
                    st.validLeaks += l.checkValid() ? 1 : 0;
                    if (hit && leakExamples.size() < EXAMPLES) { // found but not masked enough; misses are listed apart
                        leakExamples.add(l.type() + (l.checkValid() ? " (valid)" : "") + " \"" + l.value()
                                + "\" -> " + scrubbed);
                    }
                }
            }
            for (ScrubFinding f : fs) {
                Stats st = stats.computeIfAbsent(f.type(), t -> new Stats());
                st.findings++;
                if (s.labels().stream().anyMatch(l -> l.type() == f.type() && overlaps(f, l))) {
                    st.matched++;
                } else if (!NOT_PERSONAL.contains(f.type())) {
                    falseAlarmCount++;
                    if (falseAlarms.size() < EXAMPLES) {
                        String span = text.substring(f.start(), Math.min(f.end(), text.length()));
                        falseAlarms.add(f.type() + " \"" + span + "\" in: " + text);
                    }
                }
            }
        }

        int labels = 0;
        int found = 0;
        int findings = 0;
        int matched = 0;
        int leaks = 0;
        int validLeaks = 0;
        int valid = 0;
        StringBuilder table = new StringBuilder();
        table.append(PREFIX).append(String.format(Locale.ROOT, "%-18s %6s %6s %7s %8s %7s %9s %5s %5s %11s%n",
                "type", "labels", "found", "recall", "findings", "matched", "precision", "leaks", "valid", "validLeaks"));
        for (Map.Entry<FieldType, Stats> e : stats.entrySet()) {
            Stats st = e.getValue();
            table.append(PREFIX).append(String.format(Locale.ROOT, "%-18s %6d %6d %7.4f %8d %7d %9.4f %5d %5d %11d%n",
                    e.getKey(), st.labels, st.found, st.recall(), st.findings, st.matched, st.precision(), st.leaks,
                    st.validLabels, st.validLeaks));
            labels += st.labels;
            found += st.found;
            leaks += st.leaks;
            validLeaks += st.validLeaks;
            valid += st.validLabels;
            if (!NOT_PERSONAL.contains(e.getKey())) {
                findings += st.findings;
                matched += st.matched;
            }
        }
        double recall = found / (double) labels;
        double precision = findings == 0 ? 1.0 : matched / (double) findings;
        table.append(PREFIX).append(String.format(Locale.ROOT, "%-18s %6d %6d %7.4f %8d %7d %9.4f %5d %5d %11d%n",
                "TOTAL (no USCC)", labels, found, recall, findings, matched, precision, leaks, valid, validLeaks));
        StringBuilder report = new StringBuilder();
        report.append(PREFIX).append(String.format(Locale.ROOT,
                "snippets=%d labels=%d findings=%d falseAlarms=%d recall=%.4f precision=%.4f validLeaks=%d%n",
                snippets.size(), labels, findings, falseAlarmCount, recall, precision, validLeaks));
        report.append(table);
        stats.forEach((type, st) -> st.misses.forEach(m -> report.append(PREFIX).append("miss ").append(type)
                .append(' ').append(m).append('\n')));
        falseAlarms.forEach(f -> report.append(PREFIX).append("false alarm ").append(f).append('\n'));
        leakExamples.forEach(l -> report.append(PREFIX).append("leak (found) ").append(l).append('\n'));
        System.out.println(report);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(snippets).as("snippets").hasSizeGreaterThanOrEqualTo(1200);
        Set<FieldType> targeted = EnumSet.copyOf(RECALL_99);
        targeted.addAll(RECALL_95);
        for (FieldType type : targeted) {
            Stats st = stats.getOrDefault(type, new Stats());
            softly.assertThat(st.labels).as("labels of %s", type).isGreaterThanOrEqualTo(90);
            double target = RECALL_95.contains(type) ? 0.95 : 0.99;
            softly.assertThat(st.recall()).as("recall of %s (%d/%d)", type, st.found, st.labels)
                    .isGreaterThanOrEqualTo(target);
        }
        for (FieldType type : EnumSet.of(FieldType.RESIDENT_ID, FieldType.BANK_CARD, FieldType.OTHER_ID_DOCUMENT)) {
            Stats st = stats.getOrDefault(type, new Stats());
            softly.assertThat(st.validLeaks).as("leaks of check-valid %s (of %d)", type, st.validLabels).isZero();
        }
        softly.assertThat(precision).as("overall precision (%d/%d)", matched, findings).isGreaterThanOrEqualTo(0.95);
        softly.assertAll();
    }
}
