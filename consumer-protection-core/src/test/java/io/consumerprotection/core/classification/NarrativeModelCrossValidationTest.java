package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.classification.NarrativeEvaluation.Item;
import io.consumerprotection.core.classification.NarrativeEvaluation.Result;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What training adds over the dictionary alone, measured where nothing was trained on the narratives it is scored
 * on: k-fold cross-validation over the public narratives (fold = id hash mod k; train on k − 1 folds, suggest on the
 * held one) of the bundled prior's construction ({@link NarrativeClassifier#withPrior}: the shipped classifier is
 * the same construction on all 302), of the fixed and the fitted blend with a bank's history, and the development
 * half as prior applied to the test half. Logs the figures; asserts what held when this was written.
 */
class NarrativeModelCrossValidationTest {

    private static final Logger LOG = LoggerFactory.getLogger(NarrativeModelCrossValidationTest.class);

    static ClassifiedNarrative history(Item i) {
        return new ClassifiedNarrative(i.text(), i.codes());
    }

    /** The prior construction of the bundled classifier, trained on these narratives only. */
    static NarrativeClassifier priorOn(List<Item> training) {
        return NarrativeClassifier.bundled().withoutPrior()
                .withPrior(new PriorNarratives("cv", training.stream().map(NarrativeModelCrossValidationTest::history).toList()));
    }

    /** k-fold hits [business top-1, top-3, cause top-1, top-3] of the prior design, and of the dictionary alone. */
    static int[][] kFold(List<Item> all, int k, Result pooled) {
        NarrativeClassifier dictionary = NarrativeClassifier.bundled().withoutPrior();
        ClassificationScheme scheme = dictionary.scheme();
        int[][] hits = new int[2][4];
        for (int fold = 0; fold < k; fold++) {
            int f = fold;
            List<Item> held = all.stream().filter(i -> Math.floorMod(i.id().hashCode(), k) == f).toList();
            List<Item> train = all.stream().filter(i -> Math.floorMod(i.id().hashCode(), k) != f).toList();
            NarrativeClassifier prior = priorOn(train);
            add(hits[0], NarrativeEvaluation.evaluate(held, dictionary::suggest, scheme));
            Result r = NarrativeEvaluation.evaluate(held, prior::suggest, scheme);
            add(hits[1], r);
            if (pooled != null) {
                pooled.absorb(r);
            }
        }
        return hits;
    }

    @Test
    void kFoldCrossValidationOfTheBundledPrior() throws IOException {
        List<Item> all = NarrativeEvaluation.publicNarratives();
        int n = all.size();
        Result pooled = new Result();
        int[][] five = kFold(all, 5, pooled);
        int[][] ten = kFold(all, 10, null);
        LOG.info(line("5-fold, dictionary alone", five[0], n));
        LOG.info(line("5-fold, dictionary + prior trained on the other 4 folds", five[1], n));
        LOG.info(line("10-fold, dictionary + prior trained on the other 9 folds", ten[1], n));
        LOG.info("business major categories, 5-fold (each narrative suggested by the prior trained without its fold):\n{}",
                NarrativeEvaluation.confusionTable(pooled, Dimension.BUSINESS));
        LOG.info("cause major categories, 5-fold:\n{}", NarrativeEvaluation.confusionTable(pooled, Dimension.CAUSE));
        // measured (dictionary 2026.3, n = 302): dictionary 231 / 263 business, 176 / 206 cause; prior: FLOOR_5 and
        // FLOOR_10 (measured − 1)
        assertThat(five[0][0]).as("dictionary business top-1").isGreaterThanOrEqualTo(230);
        assertThat(five[0][2]).as("dictionary cause top-1").isGreaterThanOrEqualTo(175);
        assertThat(five[1][0]).as("prior business top-1").isGreaterThanOrEqualTo(five[0][0]).isGreaterThanOrEqualTo(FLOOR_5[0]);
        assertThat(five[1][1]).as("prior business top-3").isGreaterThanOrEqualTo(FLOOR_5[1]);
        assertThat(five[1][2]).as("prior cause top-1").isGreaterThan(five[0][2]).isGreaterThanOrEqualTo(FLOOR_5[2]);
        assertThat(five[1][3]).as("prior cause top-3").isGreaterThanOrEqualTo(FLOOR_5[3]);
        assertThat(ten[1][0]).as("10-fold prior business top-1").isGreaterThanOrEqualTo(FLOOR_10[0]);
        assertThat(ten[1][2]).as("10-fold prior cause top-1").isGreaterThanOrEqualTo(FLOOR_10[2]);
    }

    /** Measured 2026-12-08 (dictionary 2026.3, 302 narratives) minus one: 243 / 293 business, 205 / 262 cause. */
    static final int[] FLOOR_5 = {242, 292, 204, 261};
    /** Measured the same day: 241 / 291 business, 211 / 262 cause; top-3 not asserted. */
    static final int[] FLOOR_10 = {240, 0, 210, 0};

    @Test
    void fiveFoldCrossValidationOfABanksHistory() throws IOException {
        List<Item> all = NarrativeEvaluation.publicNarratives();
        NarrativeClassifier dictionary = NarrativeClassifier.bundled().withoutPrior();
        ClassificationScheme scheme = dictionary.scheme();
        // [dictionary, fixed n/(n+50) blend, fitted blend][business top-1, business top-3, cause top-1, cause top-3]
        int[][] hits = new int[3][4];
        int n = 0;
        StringBuilder weights = new StringBuilder();
        for (int fold = 0; fold < 5; fold++) {
            int f = fold;
            List<Item> held = all.stream().filter(i -> Math.floorMod(i.id().hashCode(), 5) == f).toList();
            List<ClassifiedNarrative> train = all.stream().filter(i -> Math.floorMod(i.id().hashCode(), 5) != f)
                    .map(NarrativeModelCrossValidationTest::history).toList();
            BlendedClassifier fixed = BlendedClassifier.of(dictionary, NarrativeModel.train(train, scheme));
            BlendedClassifier fitted = BlendedClassifier.fit(dictionary, train);
            weights.append(' ').append(fitted.weight(Dimension.BUSINESS)).append('/').append(fitted.weight(Dimension.CAUSE));
            add(hits[0], NarrativeEvaluation.evaluate(held, dictionary::suggest, scheme));
            add(hits[1], NarrativeEvaluation.evaluate(held, fixed::suggest, scheme));
            add(hits[2], NarrativeEvaluation.evaluate(held, fitted::suggest, scheme));
            n += held.size();
        }
        LOG.info(line("5-fold, dictionary alone", hits[0], n));
        LOG.info(line("5-fold, dictionary + history, fixed weight n/(n+50)", hits[1], n));
        LOG.info(line("5-fold, dictionary + history, weight fitted per dimension (business/cause:" + weights + ")",
                hits[2], n));
        // measured with dictionary 2026.3 (n = 302): dictionary 231 / 263 business, 176 / 206 cause; fixed blend
        // 187 / 287, 167 / 258 (the first suggestion gets worse); fitted blend 243 / 293, 205 / 262. The fitted weight
        // must never lose first suggestions to the dictionary alone, in either dimension.
        assertThat(hits[2][0]).as("fitted business top-1").isGreaterThanOrEqualTo(hits[0][0]).isGreaterThanOrEqualTo(242);
        assertThat(hits[2][2]).as("fitted cause top-1").isGreaterThanOrEqualTo(hits[0][2]).isGreaterThanOrEqualTo(204);
        assertThat(hits[2][1]).as("fitted business top-3").isGreaterThan(hits[0][1]);
        assertThat(hits[2][3]).as("fitted cause top-3").isGreaterThan(hits[0][3]);
        assertThat(hits[1][1]).as("fixed blend business top-3").isGreaterThan(hits[0][1]);
    }

    @Test
    void theDevelopmentHalfAsPriorAppliedToTheTestHalf() throws IOException {
        List<Item> all = NarrativeEvaluation.publicNarratives();
        List<Item> test = all.stream().filter(Item::inTestHalf).toList();
        List<Item> dev = all.stream().filter(i -> !i.inTestHalf()).toList();
        NarrativeClassifier dictionary = NarrativeClassifier.bundled().withoutPrior();
        ClassificationScheme scheme = dictionary.scheme();
        NarrativeClassifier prior = priorOn(dev);
        int[][] hits = new int[2][4];
        add(hits[0], NarrativeEvaluation.evaluate(test, dictionary::suggest, scheme));
        add(hits[1], NarrativeEvaluation.evaluate(test, prior::suggest, scheme));
        LOG.info(line("test half, dictionary alone", hits[0], test.size()));
        LOG.info(line("test half, dictionary + prior trained on the " + dev.size() + " dev narratives (weights "
                + prior.priorWeight(Dimension.BUSINESS) + "/" + prior.priorWeight(Dimension.CAUSE) + ")", hits[1], test.size()));
        for (Dimension d : NarrativeEvaluation.DIMENSIONS) {
            int[] c = discordant(test, dictionary::suggest, prior::suggest, d, scheme);
            LOG.info("test half {}: the prior's first suggestion right where the dictionary's was wrong {}, wrong where it "
                    + "was right {} (McNemar: the difference is {} ± {} narratives, one standard error)", d, c[0], c[1],
                    c[0] - c[1], String.format(Locale.ROOT, "%.1f", Math.sqrt(c[0] + c[1])));
        }
        assertThat(hits[1][0]).as("prior business top-1").isGreaterThanOrEqualTo(hits[0][0]);
        assertThat(hits[1][2]).as("prior cause top-1").isGreaterThan(hits[0][2]);
        assertThat(hits[1][1]).as("prior business top-3").isGreaterThan(hits[0][1]);
        assertThat(hits[1][3]).as("prior cause top-3").isGreaterThan(hits[0][3]);
    }

    @Test
    void aBanksHistoryJoinsThePriorRatherThanReplacingIt() throws IOException {
        // the test half split in two: one part is the "bank's history", the other is scored; then swapped
        List<Item> all = NarrativeEvaluation.publicNarratives();
        List<Item> test = all.stream().filter(Item::inTestHalf).toList();
        List<Item> dev = all.stream().filter(i -> !i.inTestHalf()).toList();
        NarrativeClassifier alone = NarrativeClassifier.bundled().withoutPrior();
        ClassificationScheme scheme = alone.scheme();
        NarrativeClassifier prior = priorOn(dev);
        // [dictionary, prior, fit(dictionary alone, bank) = replace, fit(prior, bank) = joined]
        int[][] hits = new int[4][4];
        for (int half = 0; half < 2; half++) {
            int h = half;
            List<Item> bank = test.stream().filter(i -> ((i.id().hashCode() >> 1) & 1) == h).toList();
            List<Item> scored = test.stream().filter(i -> ((i.id().hashCode() >> 1) & 1) != h).toList();
            List<ClassifiedNarrative> history = bank.stream().map(NarrativeModelCrossValidationTest::history).toList();
            BlendedClassifier replace = BlendedClassifier.fit(alone, history);
            BlendedClassifier joined = BlendedClassifier.fit(prior, history);
            add(hits[0], NarrativeEvaluation.evaluate(scored, alone::suggest, scheme));
            add(hits[1], NarrativeEvaluation.evaluate(scored, prior::suggest, scheme));
            add(hits[2], NarrativeEvaluation.evaluate(scored, replace::suggest, scheme));
            add(hits[3], NarrativeEvaluation.evaluate(scored, joined::suggest, scheme));
        }
        LOG.info(line("test half in two, dictionary alone", hits[0], test.size()));
        LOG.info(line("test half in two, prior (dev)", hits[1], test.size()));
        LOG.info(line("test half in two, fit(dictionary alone, other part): history replaces the prior", hits[2], test.size()));
        LOG.info(line("test half in two, fit(prior, other part): history joins the prior's narratives", hits[3], test.size()));
        assertThat(hits[3][0]).as("joined business top-1").isGreaterThanOrEqualTo(hits[0][0]);
        assertThat(hits[3][2]).as("joined cause top-1").isGreaterThan(hits[0][2]);
        assertThat(BlendedClassifier.fit(prior, List.of()).suggest("信用卡年费").dictionaryVersion())
                .isEqualTo("2026.3+prior-cv+history");
    }

    @Test
    void aHistoryWrittenElsewhereAppliedToThePublicTestHalf() throws IOException {
        List<Item> test = NarrativeEvaluation.publicNarratives().stream().filter(Item::inTestHalf).toList();
        NarrativeClassifier dictionary = NarrativeClassifier.bundled().withoutPrior();
        ClassificationScheme scheme = dictionary.scheme();
        List<ClassifiedNarrative> own = NarrativeEvaluation.ownNarratives().stream()
                .map(NarrativeModelCrossValidationTest::history).toList();
        BlendedClassifier blended = BlendedClassifier.of(dictionary, NarrativeModel.train(own, scheme));
        int[][] hits = new int[2][4];
        add(hits[0], NarrativeEvaluation.evaluate(test, dictionary::suggest, scheme));
        add(hits[1], NarrativeEvaluation.evaluate(test, blended::suggest, scheme));
        LOG.info(line("test half, dictionary alone", hits[0], test.size()));
        LOG.info(line("test half, dictionary + 315 own narratives as history", hits[1], test.size()));
        assertThat(hits[1][0]).isGreaterThan(0);
    }

    /** {right with b where a was wrong, wrong with b where a was right} for the first suggestion's major class. */
    static int[] discordant(List<Item> items, Function<CharSequence, Suggestions> a, Function<CharSequence, Suggestions> b,
                            Dimension d, ClassificationScheme scheme) {
        int[] c = new int[2];
        for (Item i : items) {
            boolean ra = right(a.apply(i.text()), i, d, scheme);
            boolean rb = right(b.apply(i.text()), i, d, scheme);
            c[0] += rb && !ra ? 1 : 0;
            c[1] += ra && !rb ? 1 : 0;
        }
        return c;
    }

    private static boolean right(Suggestions s, Item i, Dimension d, ClassificationScheme scheme) {
        return s.top(d).map(x -> scheme.rollUp(d, x.code(), 1).code())
                .filter(m -> m.equals(scheme.rollUp(d, i.codes().get(d), 1).code())).isPresent();
    }

    static void add(int[] h, Result r) {
        h[0] += r.of(Dimension.BUSINESS).major1;
        h[1] += r.of(Dimension.BUSINESS).major3;
        h[2] += r.of(Dimension.CAUSE).major1;
        h[3] += r.of(Dimension.CAUSE).major3;
    }

    static String line(String what, int[] h, int n) {
        return String.format(Locale.ROOT, "%s, n=%d: business major top-1 %.1f%% (%d) top-3 %.1f%% (%d); cause major "
                + "top-1 %.1f%% (%d) top-3 %.1f%% (%d)", what, n, 100.0 * h[0] / n, h[0], 100.0 * h[1] / n, h[1],
                100.0 * h[2] / n, h[2], 100.0 * h[3] / n, h[3]);
    }
}
