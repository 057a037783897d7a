package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the scanner on the labelled set {@code scan-eval-2026a.tsv} (≥ 400 texts, ≥ 150 clean near-misses):
 * recall per category and the share of clean texts flagged, separately for the texts we wrote and the public ones.
 * The floors sit at the figures measured (README "消保审查"), per split: our texts, public-dev / public-test (P rows),
 * public-dev2 / public-test2 (Q rows) and public-dev3 / public-test3 (R rows); a change of the dictionary or the
 * scanner that loses one hit or flags one more clean text in any split fails here. The held-out splits' misses are
 * never printed.
 */
class ReviewScanEvaluationTest {

    record Row(String id, String origin, String source, ScanKind kind, Set<ScanCategory> expected, String text) {
    }

    static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ReviewScanEvaluationTest.class.getResourceAsStream("scan-eval-2026a.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            rows = new ArrayList<>();
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(6);
                Set<ScanCategory> expected = c[4].equals("-") ? Set.of()
                        : Arrays.stream(c[4].split(",")).map(ScanCategory::valueOf).collect(Collectors.toSet());
                rows.add(new Row(c[0], c[1], c[2], ScanKind.valueOf(c[3]), expected, c[5]));
            }
        }
    }

    /** Recall per category, as {found, labelled}, and clean {flagged, clean}, for one origin. */
    static Map<String, int[]> measure(String origin) {
        Map<String, int[]> m = new TreeMap<>();
        ReviewScanner scanner = ReviewScanner.builtIn();
        for (Row r : rows) {
            if (!group(r).equals(origin) && !r.origin().equals(origin)) {
                continue;
            }
            Set<ScanCategory> found = scanner.scan(r.kind(), r.text()).stream().map(ScanFinding::category)
                    .collect(Collectors.toSet());
            if (r.expected().isEmpty()) {
                int[] c = m.computeIfAbsent("CLEAN-" + r.kind(), k -> new int[2]);
                c[1]++;
                if (!found.isEmpty()) {
                    c[0]++;
                }
            }
            for (ScanCategory e : r.expected()) {
                int[] c = m.computeIfAbsent(e.name(), k -> new int[2]);
                c[1]++;
                if (found.contains(e)) {
                    c[0]++;
                }
            }
        }
        return m;
    }

    /**
     * The row's group: {@code self}, or for a public row {@code public-dev} (P ids, odd number: the texts the dictionary
     * may be tuned on) or {@code public-test} (P ids, even number: never tuned on), fixed on 2026-12-03 before tuning;
     * and for the Q rows added on 2026-12-04, by page, fixed before the scanner was run on them: {@code public-dev2}
     * (even {@code Math.floorMod(source.hashCode(), 2)}: tuned on) or {@code public-test2} (odd: held out, measured
     * once after tuning, its misses never printed); and for the R rows added on 2026-12-07 (35 pages nobody here had
     * used), the same rule fixed before the scanner was run on them: {@code public-dev3} (tuned on) or
     * {@code public-test3} (held out, measured once at the end, misses never printed).
     */
    static String group(Row r) {
        if (!r.origin().equals("public")) {
            return r.origin();
        }
        if (r.id().startsWith("Q")) {
            return Math.floorMod(r.source().hashCode(), 2) == 0 ? "public-dev2" : "public-test2";
        }
        if (r.id().startsWith("R")) {
            return Math.floorMod(r.source().hashCode(), 2) == 0 ? "public-dev3" : "public-test3";
        }
        return Integer.parseInt(r.id().substring(1)) % 2 == 1 ? "public-dev" : "public-test";
    }

    /** Whether a row is held out: its misses are never printed, only counted. */
    static boolean heldOut(Row r) {
        return group(r).equals("public-test") || group(r).equals("public-test2") || group(r).equals("public-test3");
    }

    static double share(int[] c) {
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    static int[] total(Map<String, int[]> m, boolean clean) {
        int[] t = new int[2];
        m.forEach((k, v) -> {
            if (k.startsWith("CLEAN-") == clean) {
                t[0] += v[0];
                t[1] += v[1];
            }
        });
        return t;
    }

    @Test
    void theSetIsLargeEnoughAndSaysWhereEachTextComesFrom() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(400);
        assertThat(rows.stream().filter(r -> r.expected().isEmpty())).hasSizeGreaterThanOrEqualTo(150);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.origin()).isIn("self", "public");
            if (r.origin().equals("public")) {
                assertThat(r.source()).startsWith("http");
            }
            assertThat(r.expected()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(r.kind()));
        });
        Map<ScanCategory, Long> perCategory = new EnumMap<>(ScanCategory.class);
        rows.forEach(r -> r.expected().forEach(c -> perCategory.merge(c, 1L, Long::sum)));
        assertThat(perCategory.keySet()).containsExactlyInAnyOrder(ScanCategory.values());
    }

    @Test
    void recallAndFalseFlagsOnOurOwnTexts() {
        Map<String, int[]> m = measure("self");
        report("self", m);
        m.forEach((k, v) -> {
            if (!k.startsWith("CLEAN-")) {
                assertThat(share(v)).as("recall of %s on our texts", k).isGreaterThanOrEqualTo(0.85);
            }
        });
        assertThat(share(total(m, false))).as("overall recall, our texts").isGreaterThanOrEqualTo(SELF_RECALL);
        assertThat(share(total(m, true))).as("clean texts flagged, our texts").isLessThanOrEqualTo(SELF_FLAGGED);
    }

    @Test
    void recallAndFalseFlagsOnPublicDevTexts() {
        Map<String, int[]> m = measure("public-dev");
        report("public-dev", m);
        // The positives are real unfair clauses (and consumer bodies' one-line summaries of them); the clean ones are
        // regulators' and banks' own texts, many quoting the banned words in enumerations.
        assertThat(share(total(m, false))).as("overall recall, public-dev texts").isGreaterThanOrEqualTo(DEV_RECALL);
        assertThat(share(total(m, true))).as("clean texts flagged, public-dev texts").isLessThanOrEqualTo(DEV_FLAGGED);
    }

    @Test
    void recallAndFalseFlagsOnPublicTestTexts() {
        Map<String, int[]> m = measure("public-test");
        report("public-test", m);
        // Held out: never tuned on.
        assertThat(share(total(m, false))).as("overall recall, public-test texts").isGreaterThanOrEqualTo(TEST_RECALL);
        assertThat(share(total(m, true))).as("clean texts flagged, public-test texts").isLessThanOrEqualTo(TEST_FLAGGED);
    }

    @Test
    void recallAndFalseFlagsOnPublicDev2Texts() {
        Map<String, int[]> m = measure("public-dev2");
        report("public-dev2", m);
        assertThat(share(total(m, false))).as("overall recall, public-dev2 texts").isGreaterThanOrEqualTo(DEV2_RECALL);
        assertThat(share(total(m, true))).as("clean texts flagged, public-dev2 texts")
                .isLessThanOrEqualTo(DEV2_FLAGGED);
    }

    @Test
    void recallAndFalseFlagsOnPublicTest2Texts() {
        Map<String, int[]> m = measure("public-test2");
        report("public-test2", m);
        // Held out: never tuned on, its misses are never printed; measured once after tuning.
        assertThat(share(total(m, false))).as("overall recall, public-test2 texts").isGreaterThanOrEqualTo(TEST2_RECALL);
        assertThat(share(total(m, true))).as("clean texts flagged, public-test2 texts")
                .isLessThanOrEqualTo(TEST2_FLAGGED);
    }

    @Test
    void recallAndFalseFlagsOnPublicDev3Texts() {
        Map<String, int[]> m = measure("public-dev3");
        report("public-dev3", m);
        assertThat(share(total(m, false))).as("overall recall, public-dev3 texts").isGreaterThanOrEqualTo(DEV3_RECALL);
        assertThat(share(total(m, true))).as("clean texts flagged, public-dev3 texts")
                .isLessThanOrEqualTo(DEV3_FLAGGED);
    }

    @Test
    void recallAndFalseFlagsOnPublicTest3Texts() {
        Map<String, int[]> m = measure("public-test3");
        report("public-test3", m);
        // Held out: never tuned on, its misses are never printed; measured once, after tuning, on 2026-12-07.
        assertThat(share(total(m, false))).as("overall recall, public-test3 texts").isGreaterThanOrEqualTo(TEST3_RECALL);
        assertThat(share(total(m, true))).as("clean texts flagged, public-test3 texts")
                .isLessThanOrEqualTo(TEST3_FLAGGED);
    }

    @Test
    void thePublicSplitsAreFixed() {
        Map<String, Long> sizes = new TreeMap<>();
        rows.forEach(r -> sizes.merge(group(r), 1L, Long::sum));
        assertThat(sizes).containsEntry("public-dev", 37L).containsEntry("public-test", 36L)
                .containsEntry("public-dev2", 63L).containsEntry("public-test2", 63L)
                .containsEntry("public-dev3", 42L).containsEntry("public-test3", 30L);
    }

    /**
     * The floors and ceilings on the R rows added on 2026-12-07, at the figures measured with dictionary 2026a.2
     * (README "消保审查"): public-dev3 29/31 and 0/16 (8/31 and 1/16 with 2026a.1, before tuning), public-test3 15/16
     * and 0/17 (2/16 and 0/17 with 2026a.1; both measured once, after tuning).
     */
    static final double DEV3_RECALL = 29.0 / 31;
    static final double DEV3_FLAGGED = 0.0 / 16;
    static final double TEST3_RECALL = 15.0 / 16;
    static final double TEST3_FLAGGED = 0.0 / 17;

    /**
     * The floors and ceilings on the Q rows added on 2026-12-04, at the figures measured with dictionary 2026a.2 on
     * 2026-12-07 (README "消保审查"): public-dev2 20/25 and 0/39, public-test2 11/28 and 3/36 (with 2026a.1: 19/25,
     * 0/39, 8/28, 3/36; with 2026a before any tuning: 3/25, 4/39, 7/28, 4/36).
     */
    static final double DEV2_RECALL = 20.0 / 25;
    static final double DEV2_FLAGGED = 0.0 / 39;
    static final double TEST2_RECALL = 11.0 / 28;
    static final double TEST2_FLAGGED = 3.0 / 36;

    /** The floor and ceiling on our own texts, at the figures measured on 2026-12-07 (unchanged): 213/218, 3/148. */
    static final double SELF_RECALL = 213.0 / 218;
    static final double SELF_FLAGGED = 3.0 / 148;

    /**
     * The floors and ceilings at the figures measured with dictionary 2026a.2 on 2026-12-07 (README "消保审查"):
     * 9/11, 1/26, 5/10, 2/26 (with 2026a.1: 7/11, 1/26, 3/10, 1/26; with 2026a on 2026-12-03: 5/11, 3/26, 2/10, 1/26).
     * public-test's ceiling rose by one clean text with 2026a.2; that row was not looked at.
     */
    static final double DEV_RECALL = 9.0 / 11;
    static final double DEV_FLAGGED = 1.0 / 26;
    static final double TEST_RECALL = 5.0 / 10;
    static final double TEST_FLAGGED = 2.0 / 26;

    static void report(String origin, Map<String, int[]> m) {
        Map<String, int[]> perKind = new TreeMap<>();
        ReviewScanner scanner = ReviewScanner.builtIn();
        for (Row row : rows) {
            if (!group(row).equals(origin) && !row.origin().equals(origin) || row.expected().isEmpty()) {
                continue;
            }
            Set<ScanCategory> found = scanner.scan(row.kind(), row.text()).stream().map(ScanFinding::category)
                    .collect(Collectors.toSet());
            for (ScanCategory e : row.expected()) {
                int[] c = perKind.computeIfAbsent("RECALL-" + row.kind(), k -> new int[2]);
                c[1]++;
                if (found.contains(e)) {
                    c[0]++;
                }
            }
        }
        StringBuilder b = new StringBuilder("scan evaluation, " + origin + " texts:\n");
        m.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-30s %3d/%3d = %5.1f%%%n", k, v[0], v[1],
                100 * share(v))));
        int[] r = total(m, false);
        int[] c = total(m, true);
        b.append(String.format(Locale.ROOT, "  %-30s %3d/%3d = %5.1f%%%n", "RECALL (all categories)", r[0], r[1],
                100 * share(r)));
        b.append(String.format(Locale.ROOT, "  %-30s %3d/%3d = %5.1f%%%n", "CLEAN FLAGGED", c[0], c[1],
                100 * share(c)));
        perKind.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-30s %3d/%3d = %5.1f%%%n", k, v[0], v[1],
                100 * share(v))));
        System.out.print(b);
    }

    /**
     * Lists what the scanner gets wrong, for whoever tunes the dictionary (always passes). The held-out rows
     * (public-test, public-test2) are left out: only their counts are reported.
     */
    @Test
    void listMisses() {
        ReviewScanner scanner = ReviewScanner.builtIn();
        StringBuilder b = new StringBuilder("scan evaluation misses (held-out rows not listed):\n");
        for (Row r : rows) {
            if (heldOut(r)) {
                continue;
            }
            Set<ScanCategory> found = scanner.scan(r.kind(), r.text()).stream().map(ScanFinding::category)
                    .collect(Collectors.toSet());
            boolean wrong = r.expected().isEmpty() ? !found.isEmpty() : !found.containsAll(r.expected());
            if (wrong) {
                b.append("  ").append(r.id()).append(" expected ").append(r.expected()).append(" found ")
                        .append(found).append(": ").append(r.text()).append('\n');
            }
        }
        System.out.print(b);
    }
}
