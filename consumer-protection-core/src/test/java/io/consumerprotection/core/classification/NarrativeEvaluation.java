package io.consumerprotection.core.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Test support: the labelled narrative sets and the figures measured on them (top-1 and top-3 of the major
 * category and of the full code per dimension, the first suggestion's confidence against its correctness, a
 * confusion table of the business major categories).
 */
final class NarrativeEvaluation {

    static final Dimension[] DIMENSIONS = {Dimension.BUSINESS, Dimension.CAUSE};

    private NarrativeEvaluation() {
    }

    /** One labelled narrative; {@code codes} hold the deepest code the labeller gave per dimension. */
    record Item(String id, String source, String text, Map<Dimension, String> codes, boolean hard, String note,
                String form) {

        /** The deterministic split: test when the id's {@link String#hashCode()} is odd. */
        boolean inTestHalf() {
            return (id.hashCode() & 1) != 0;
        }
    }

    /** The narratives from public sources ({@code public-narratives.tsv}). */
    static List<Item> publicNarratives() throws IOException {
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NarrativeEvaluation.class.getResourceAsStream("public-narratives.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 8) {
                    throw new IllegalStateException("public-narratives.tsv: 8 columns expected, " + f.length + " in " + f[0]);
                }
                Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
                codes.put(Dimension.BUSINESS, f[3]);
                codes.put(Dimension.CAUSE, f[4]);
                out.add(new Item(f[0], f[1], f[2], codes, f[5].equals("1"), f[6], f[7]));
            }
        }
        return out;
    }

    /** The 315 narratives written together with the dictionary, labelled at major level only. */
    static List<Item> ownNarratives() throws IOException {
        List<Item> out = new ArrayList<>();
        for (NarrativeAccuracyTest.Labelled l : NarrativeAccuracyTest.read()) {
            Map<Dimension, String> codes = new EnumMap<>(Dimension.class);
            codes.put(Dimension.BUSINESS, l.business());
            codes.put(Dimension.CAUSE, l.cause());
            out.add(new Item(l.id(), "narratives.tsv", l.text(), codes, false, "", "written"));
        }
        return out;
    }

    /** Counts for one dimension of one set. */
    static final class Tally {
        int n;
        int major1;
        int major3;
        int code1;
        int code3;
        /** Items whose labelled code is deeper than the major class (the full-code figures count only these). */
        int deep;
        final List<double[]> confidence = new ArrayList<>();

        double percent(int hits) {
            return n == 0 ? 0 : 100.0 * hits / n;
        }

        /** Expected calibration error of the first suggestion's confidence against major correctness, 5 bins. */
        double expectedCalibrationError() {
            int bins = 5;
            double[] conf = new double[bins];
            double[] ok = new double[bins];
            int[] count = new int[bins];
            for (double[] c : confidence) {
                int b = Math.min(bins - 1, (int) (c[0] * bins));
                conf[b] += c[0];
                ok[b] += c[1];
                count[b]++;
            }
            double ece = 0;
            for (int b = 0; b < bins; b++) {
                if (count[b] > 0) {
                    ece += (double) count[b] / confidence.size() * Math.abs(ok[b] / count[b] - conf[b] / count[b]);
                }
            }
            return ece;
        }

        /** The reliability diagram as text, 5 bins of confidence: "[lo,hi): n, mean confidence, accuracy". */
        String reliability() {
            StringBuilder b = new StringBuilder();
            for (int bin = 0; bin < 5; bin++) {
                int count = 0;
                double conf = 0;
                double ok = 0;
                for (double[] c : confidence) {
                    if (Math.min(4, (int) (c[0] * 5)) == bin) {
                        count++;
                        conf += c[0];
                        ok += c[1];
                    }
                }
                b.append(String.format(Locale.ROOT, "[%.1f,%.1f%s: %d", bin / 5.0, (bin + 1) / 5.0, bin == 4 ? "]" : ")",
                        count));
                if (count > 0) {
                    b.append(String.format(Locale.ROOT, ", %.2f, %.2f", conf / count, ok / count));
                }
                b.append("; ");
            }
            return b.toString();
        }

        /** {coverage %, accuracy % among covered} when suggestions below {@code floor} are withheld. */
        double[] atFloor(double floor) {
            int covered = 0;
            int right = 0;
            for (double[] c : confidence) {
                if (c[0] >= floor && c[0] > 0) {
                    covered++;
                    right += (int) c[1];
                }
            }
            return new double[] {100.0 * covered / Math.max(1, confidence.size()),
                    covered == 0 ? 0 : 100.0 * right / covered};
        }

        String line(String set, Dimension d) {
            String code = deep == 0 ? "code n/a (labelled at major level)"
                    : String.format(Locale.ROOT, "code top-1 %5.1f%% top-3 %5.1f%%", percent(code1), percent(code3));
            return String.format(Locale.ROOT, "%-6s %-8s n=%3d  major top-1 %5.1f%% (%d) top-3 %5.1f%% (%d)  %s  ECE %.3f",
                    set, d, n, percent(major1), major1, percent(major3), major3, code, expectedCalibrationError());
        }
    }

    /** The figures of one set. */
    static final class Result {
        final Map<Dimension, Tally> tally = new EnumMap<>(Dimension.class);
        /** Per dimension: expected major → first suggested major ("-" for none) → count. */
        final Map<Dimension, Map<String, Map<String, Integer>>> confusions = new EnumMap<>(Dimension.class);
        /** expected business major → predicted business major ("-" for none) → count. */
        final Map<String, Map<String, Integer>> confusion = new TreeMap<>();

        Result() {
            confusions.put(Dimension.BUSINESS, confusion);
            confusions.put(Dimension.CAUSE, new TreeMap<>());
        }
        final List<String> misses = new ArrayList<>();

        Tally of(Dimension d) {
            return tally.get(d);
        }

        /** Adds another result's counts and confusions to this one (pooling the folds of a cross-validation). */
        void absorb(Result other) {
            other.tally.forEach((d, t) -> {
                Tally mine = tally.computeIfAbsent(d, k -> new Tally());
                mine.n += t.n;
                mine.major1 += t.major1;
                mine.major3 += t.major3;
                mine.code1 += t.code1;
                mine.code3 += t.code3;
                mine.deep += t.deep;
                mine.confidence.addAll(t.confidence);
            });
            other.confusions.forEach((d, m) -> m.forEach((e, row) -> row.forEach((p, v) ->
                    confusions.get(d).computeIfAbsent(e, k -> new TreeMap<>()).merge(p, v, Integer::sum))));
            misses.addAll(other.misses);
        }
    }

    static Result evaluate(List<Item> items, Function<CharSequence, Suggestions> classifier, ClassificationScheme scheme) {
        Result r = new Result();
        for (Dimension d : DIMENSIONS) {
            r.tally.put(d, new Tally());
        }
        for (Item item : items) {
            Suggestions s = classifier.apply(item.text());
            StringBuilder miss = new StringBuilder();
            for (Dimension d : DIMENSIONS) {
                String expected = item.codes().get(d);
                String expectedMajor = scheme.rollUp(d, expected, 1).code();
                List<Suggestion> list = s.of(d);
                List<String> majors = list.stream().map(x -> scheme.rollUp(d, x.code(), 1).code()).toList();
                List<String> codes = list.stream().map(Suggestion::code).toList();
                Tally t = r.tally.get(d);
                t.n++;
                boolean m1 = !majors.isEmpty() && majors.get(0).equals(expectedMajor);
                t.major1 += m1 ? 1 : 0;
                t.major3 += majors.subList(0, Math.min(3, majors.size())).contains(expectedMajor) ? 1 : 0;
                t.code1 += !codes.isEmpty() && codes.get(0).equals(expected) ? 1 : 0;
                t.code3 += codes.subList(0, Math.min(3, codes.size())).contains(expected) ? 1 : 0;
                t.deep += expected.equals(expectedMajor) ? 0 : 1;
                t.confidence.add(new double[] {list.isEmpty() ? 0 : list.get(0).confidence(), m1 ? 1 : 0});
                r.confusions.get(d).computeIfAbsent(expectedMajor, k -> new TreeMap<>())
                        .merge(majors.isEmpty() ? "-" : majors.get(0), 1, Integer::sum);
                if (!m1) {
                    miss.append(' ').append(d).append(' ').append(expected).append("→").append(codes);
                }
            }
            if (miss.length() > 0) {
                r.misses.add(item.id() + miss);
            }
        }
        return r;
    }

    /** The confusion table as Markdown: one row per expected major, one column per predicted major seen. */
    static String confusionTable(Result r) {
        return confusionTable(r, Dimension.BUSINESS);
    }

    /** The confusion table of a dimension's major categories as Markdown. */
    static String confusionTable(Result r, Dimension d) {
        Map<String, Map<String, Integer>> confusion = r.confusions.get(d);
        Set<String> columns = new LinkedHashSet<>();
        confusion.values().forEach(m -> columns.addAll(m.keySet()));
        List<String> cols = new ArrayList<>();
        columns.stream().sorted((a, b) -> a.equals("-") ? 1 : b.equals("-") ? -1 : a.compareTo(b)).forEach(cols::add);
        StringBuilder b = new StringBuilder("| expected \\ suggested |");
        cols.forEach(c -> b.append(' ').append(c.equals("-") ? "none" : c).append(" |"));
        b.append(" n |\n|---|");
        cols.forEach(c -> b.append("---|"));
        b.append("---|\n");
        confusion.forEach((expected, row) -> {
            b.append("| ").append(expected).append(" |");
            int n = 0;
            for (String c : cols) {
                Integer v = row.get(c);
                b.append(' ').append(v == null ? "" : c.equals(expected) ? "**" + v + "**" : v.toString()).append(" |");
                n += v == null ? 0 : v;
            }
            b.append(' ').append(n).append(" |\n");
        });
        return b.toString();
    }
}
