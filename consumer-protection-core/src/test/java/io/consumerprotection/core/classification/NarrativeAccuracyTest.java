package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures top-1 and top-3 accuracy of the suggestion on the labelled narratives ({@code narratives.tsv}) per
 * dimension, logs the figures and every top-1 miss, and holds them to the targets of issue 4.
 */
class NarrativeAccuracyTest {

    private static final Logger LOG = LoggerFactory.getLogger(NarrativeAccuracyTest.class);

    record Labelled(String id, String business, String cause, String text) {
    }

    private static List<Labelled> set;

    @BeforeAll
    static void load() throws IOException {
        set = read();
    }

    /** The 315 narratives written with the dictionary ({@code narratives.tsv}); also read by the public evaluation. */
    static List<Labelled> read() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NarrativeAccuracyTest.class.getResourceAsStream("narratives.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    out.add(new Labelled(f[0], f[1], f[2], f[3]));
                }
            }
        }
        return out;
    }

    @Test
    void theSetCoversEveryBusinessCategoryAndCause() {
        ClassificationScheme s = ClassificationCatalog.bundled().latest();
        assertThat(set).hasSizeGreaterThanOrEqualTo(300);
        assertThat(set.stream().map(Labelled::business).distinct())
                .containsExactlyInAnyOrderElementsOf(s.roots(Dimension.BUSINESS).stream().map(SchemeCode::code).toList());
        assertThat(set.stream().map(Labelled::cause).distinct())
                .containsExactlyInAnyOrderElementsOf(s.roots(Dimension.CAUSE).stream().map(SchemeCode::code).toList());
    }

    @Test
    void topOneAndTopThreeAccuracy() {
        NarrativeClassifier c = NarrativeClassifier.bundled();
        ClassificationScheme scheme = c.scheme();
        int[] b = new int[2];
        int[] k = new int[2];
        Map<String, int[]> perBusiness = new TreeMap<>();
        for (Labelled l : set) {
            Suggestions s = c.suggest(l.text());
            List<String> bs = majors(scheme, s.of(Dimension.BUSINESS), Dimension.BUSINESS);
            List<String> cs = majors(scheme, s.of(Dimension.CAUSE), Dimension.CAUSE);
            boolean b1 = !bs.isEmpty() && bs.get(0).equals(l.business());
            boolean c1 = !cs.isEmpty() && cs.get(0).equals(l.cause());
            b[0] += b1 ? 1 : 0;
            b[1] += bs.subList(0, Math.min(3, bs.size())).contains(l.business()) ? 1 : 0;
            k[0] += c1 ? 1 : 0;
            k[1] += cs.subList(0, Math.min(3, cs.size())).contains(l.cause()) ? 1 : 0;
            perBusiness.computeIfAbsent(l.business(), x -> new int[2])[0] += b1 ? 1 : 0;
            perBusiness.get(l.business())[1]++;
            if (!b1 || !c1) {
                LOG.debug("{} expected B{} C{} got B{} C{}", l.id(), l.business(), l.cause(), bs, cs);
            }
        }
        int n = set.size();
        double business1 = 100.0 * b[0] / n;
        double cause1 = 100.0 * k[0] / n;
        LOG.info(String.format(Locale.ROOT, "suggestion accuracy on %d narratives: business top-1 %.1f%% top-3 %.1f%%; "
                + "cause top-1 %.1f%% top-3 %.1f%%", n, business1, 100.0 * b[1] / n, cause1, 100.0 * k[1] / n));
        perBusiness.forEach((code, v) -> LOG.info("business {} top-1 {}/{}", code, v[0], v[1]));
        assertThat(business1).as("business top-1 %").isGreaterThanOrEqualTo(85.0);
        assertThat(cause1).as("cause top-1 %").isGreaterThanOrEqualTo(75.0);
    }

    private static List<String> majors(ClassificationScheme scheme, List<Suggestion> l, Dimension d) {
        return l.stream().map(x -> scheme.rollUp(d, x.code(), 1).code()).toList();
    }
}
