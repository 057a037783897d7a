package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The model's streamed float scoring against naive Bayes written out plainly from its formula (strings for
 * n-grams, hash maps for counts, doubles throughout): posterior of class k ∝ exp(log prior_k + t × Σ log
 * P(g | k)) over the narrative's bigrams and trigrams g the history showed, with P(g | k) = (count_kg + α) /
 * (tokens_k + α × vocabulary), prior_k = (docs_k + 1) / (docs + classes), t = 1 / √(n-grams).
 */
class NarrativeModelProperties {

    private static final ClassificationScheme SCHEME = NarrativeClassifier.bundled().scheme();
    private static final Dimension[] DIMS = {Dimension.BUSINESS, Dimension.CAUSE};
    private static final String ALPHABET = "信用卡被盗刷理财保险扣费态度差转账失败銀行貸款ABc１２，。 ";
    private static final double TOLERANCE = 1e-4;

    @Property(tries = 300)
    void streamedScoringEqualsPlainNaiveBayes(@ForAll("histories") List<ClassifiedNarrative> history,
                                              @ForAll("texts") String narrative) {
        NarrativeModel model = NarrativeModel.train(history, SCHEME);
        double[] streamed = model.posteriors(narrative);
        List<Dimension> dims = model.dimensions();
        for (int di = 0; di < dims.size(); di++) {
            Dimension d = dims.get(di);
            double[] plain = plainPosterior(history, d, narrative);
            String[] majors = model.majors(d);
            assertThat(majors).containsExactlyElementsOf(majors(d));
            int from = model.offset(di);
            for (int k = 0; k < plain.length; k++) {
                assertThat(streamed[from + k]).as("%s class %s", d, majors[k]).isCloseTo(plain[k], within(TOLERANCE));
            }
            // the same ranking wherever the plain computation tells two classes apart
            for (int k = 0; k < plain.length; k++) {
                for (int j = 0; j < plain.length; j++) {
                    if (plain[k] > plain[j] + TOLERANCE) {
                        assertThat(streamed[from + k]).as("%s %s above %s", d, majors[k], majors[j])
                                .isGreaterThan(streamed[from + j]);
                    }
                }
            }
        }
    }

    /** The blend ranks major classes by (1 − w) × dictionary confidence + w × the plain posterior. */
    @Property(tries = 100)
    void blendRanksByTheMixOfDictionaryAndPlainPosterior(@ForAll("histories") List<ClassifiedNarrative> history,
                                                         @ForAll("texts") String narrative) {
        NarrativeClassifier dictionary = NarrativeClassifier.bundled();
        BlendedClassifier blended = BlendedClassifier.of(dictionary, NarrativeModel.train(history, SCHEME));
        Suggestions base = dictionary.suggest(narrative);
        Suggestions mixed = blended.suggest(narrative);
        for (Dimension d : DIMS) {
            double w = blended.weight(d);
            List<String> majors = majors(d);
            double[] plain = plainPosterior(history, d, narrative);
            double[] score = new double[majors.size()];
            for (int k = 0; k < score.length; k++) {
                score[k] = w * plain[k];
            }
            for (Suggestion s : base.of(d)) {
                score[majors.indexOf(SCHEME.rollUp(d, s.code(), 1).code())] += (1 - w) * s.confidence();
            }
            List<Suggestion> list = mixed.of(d);
            for (int i = 0; i < list.size(); i++) {
                int k = majors.indexOf(SCHEME.rollUp(d, list.get(i).code(), 1).code());
                assertThat(list.get(i).confidence()).as("%s %s", d, majors.get(k)).isCloseTo(score[k], within(0.0051));
                if (i > 0) {
                    int prev = majors.indexOf(SCHEME.rollUp(d, list.get(i - 1).code(), 1).code());
                    assertThat(score[prev]).as("%s order", d).isGreaterThan(score[k] - TOLERANCE);
                }
            }
            long listed = java.util.stream.IntStream.range(0, score.length).filter(k -> score[k] >= 0.01 + TOLERANCE)
                    .count();
            assertThat(list.size()).as("%s listed", d).isGreaterThanOrEqualTo((int) listed);
        }
    }

    private static List<String> majors(Dimension d) {
        return SCHEME.roots(d).stream().map(SchemeCode::code).toList();
    }

    private static List<String> ngrams(String text) {
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            folded.append(NarrativeClassifier.fold(text.charAt(i)));
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < folded.length(); i++) {
            out.add(folded.substring(i - 1, i + 1));
            if (i >= 2) {
                out.add(folded.substring(i - 2, i + 1));
            }
        }
        return out;
    }

    static double[] plainPosterior(List<ClassifiedNarrative> history, Dimension d, String text) {
        List<String> majors = majors(d);
        int classes = majors.size();
        Set<String> vocabulary = new HashSet<>();
        int[] docs = new int[classes];
        long[] tokens = new long[classes];
        List<Map<String, Integer>> count = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            count.add(new HashMap<>());
        }
        for (ClassifiedNarrative c : history) {
            List<String> g = ngrams(c.narrative());
            vocabulary.addAll(g);
            String code = c.codes().get(d);
            if (code == null) {
                continue;
            }
            int k = majors.indexOf(SCHEME.rollUp(d, code, 1).code());
            docs[k]++;
            for (String x : g) {
                count.get(k).merge(x, 1, Integer::sum);
                tokens[k]++;
            }
        }
        int total = java.util.Arrays.stream(docs).sum();
        List<String> features = ngrams(text);
        double t = 1 / Math.sqrt(Math.max(1, features.size()));
        double alpha = NarrativeModel.ALPHA;
        double[] score = new double[classes];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            double likelihood = 0;
            for (String g : features) {
                if (vocabulary.contains(g)) {
                    likelihood += Math.log((count.get(k).getOrDefault(g, 0) + alpha)
                            / (tokens[k] + alpha * Math.max(1, vocabulary.size())));
                }
            }
            score[k] = Math.log((docs[k] + 1.0) / (total + classes)) + t * likelihood;
            max = Math.max(max, score[k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            score[k] = Math.exp(score[k] - max);
            sum += score[k];
        }
        for (int k = 0; k < classes; k++) {
            score[k] /= sum;
        }
        return score;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(60);
    }

    @Provide
    Arbitrary<List<ClassifiedNarrative>> histories() {
        Arbitrary<String> business = Arbitraries.of("01", "0101", "06022", "0701", "1001", "1101", "1203", "99");
        Arbitrary<String> cause = Arbitraries.of("0101", "0401", "0702", "0902", "1001", "1101");
        return Combinators.combine(texts(), business, cause).as(ClassifiedNarrative::of).list().ofMinSize(1)
                .ofMaxSize(30);
    }
}
