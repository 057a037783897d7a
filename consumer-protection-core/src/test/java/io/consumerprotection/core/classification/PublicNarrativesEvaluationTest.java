package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.classification.NarrativeEvaluation.Item;
import io.consumerprotection.core.classification.NarrativeEvaluation.Result;
import io.consumerprotection.core.classification.NarrativeEvaluation.Tally;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The honest evaluation of issue 22: the dictionary alone ({@code bundled().withoutPrior()}) on narratives from
 * public sources nobody here wrote ({@code public-narratives.tsv}, split by id into a development and a test half),
 * beside the 315 narratives written together with the dictionary; the prior's construction trained on the dev half
 * only, scored on the test half; the shipped classifier (prior trained on all public narratives) on the own set only,
 * since it was trained on every public one (its honest public figure is the cross-validation of
 * {@link NarrativeModelCrossValidationTest}). Logs every figure and the business confusion table; floors sit just
 * under the figures measured, so a regression fails and an improvement is free.
 */
class PublicNarrativesEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(PublicNarrativesEvaluationTest.class);
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{11,}");

    private static List<Item> all;
    private static List<Item> dev;
    private static List<Item> test;
    private static List<Item> own;
    private static ClassificationScheme scheme;

    @BeforeAll
    static void load() throws IOException {
        all = NarrativeEvaluation.publicNarratives();
        dev = all.stream().filter(i -> !i.inTestHalf()).toList();
        test = all.stream().filter(Item::inTestHalf).toList();
        own = NarrativeEvaluation.ownNarratives();
        scheme = NarrativeClassifier.bundled().scheme();
    }

    @Test
    void everyNarrativeHasASourceSchemeCodesAndNoPersonalData() {
        assertThat(all).hasSizeGreaterThanOrEqualTo(302);
        Set<String> ids = new HashSet<>();
        for (Item i : all) {
            assertThat(ids.add(i.id())).as("unique id %s", i.id()).isTrue();
            assertThat(i.source()).as(i.id()).matches("https?://\\S+");
            for (Dimension d : NarrativeEvaluation.DIMENSIONS) {
                assertThat(scheme.find(d, i.codes().get(d))).as("%s %s", i.id(), d).isPresent();
            }
            assertThat(LONG_NUMBER.matcher(i.text()).find()).as("%s holds no account, card or phone number", i.id())
                    .isFalse();
            assertThat(i.hard() || i.note().isEmpty() || !i.note().isBlank()).isTrue();
            assertThat(i.form()).as("%s form", i.id()).isIn("restated", "verbatim");
        }
        assertThat(dev.size()).isBetween(all.size() / 3, all.size() * 2 / 3);
    }

    @Test
    void figuresOnTheDevelopmentHalfTheTestHalfAndTheOwnSet() {
        NarrativeClassifier c = NarrativeClassifier.bundled().withoutPrior();
        Result d = NarrativeEvaluation.evaluate(dev, c::suggest, scheme);
        Result t = NarrativeEvaluation.evaluate(test, c::suggest, scheme);
        Result o = NarrativeEvaluation.evaluate(own, c::suggest, scheme);
        Result a = NarrativeEvaluation.evaluate(all, c::suggest, scheme);
        for (Dimension dim : NarrativeEvaluation.DIMENSIONS) {
            LOG.info(d.of(dim).line("dev", dim));
            LOG.info(t.of(dim).line("test", dim));
            LOG.info(o.of(dim).line("own", dim));
        }
        LOG.info("business major categories, all {} public narratives (rows expected, columns first suggestion):\n{}",
                all.size(), NarrativeEvaluation.confusionTable(a));
        LOG.info("cause major categories, all {} public narratives (rows expected, columns first suggestion):\n{}",
                all.size(), NarrativeEvaluation.confusionTable(a, Dimension.CAUSE));
        d.misses.forEach(m -> LOG.debug("dev miss {}", m));

        // floors: the counts measured with dictionary 2026.3, traditional folding and evidence cues (302 narratives:
        // dev 143, test 159), minus one; the dictionary was tuned on the dev half only
        assertAtLeast(d.of(Dimension.BUSINESS), "dev business", 117, 129, 68);
        assertAtLeast(t.of(Dimension.BUSINESS), "test business", 112, 132, 43);
        assertAtLeast(d.of(Dimension.CAUSE), "dev cause", 101, 113, 82);
        assertAtLeast(t.of(Dimension.CAUSE), "test cause", 73, 91, 52);
        assertAtLeast(o.of(Dimension.BUSINESS), "own business", 293, 307, 0);
        assertAtLeast(o.of(Dimension.CAUSE), "own cause", 254, 281, 0);
    }

    @Test
    void thePriorTrainedOnTheDevelopmentHalfOnTheTestHalfAndTheShippedOneOnTheOwnSet() {
        NarrativeClassifier devPrior = NarrativeModelCrossValidationTest.priorOn(dev);
        Result t = NarrativeEvaluation.evaluate(test, devPrior::suggest, scheme);
        NarrativeClassifier shipped = NarrativeClassifier.bundled();
        Result o = NarrativeEvaluation.evaluate(own, shipped::suggest, scheme);
        for (Dimension dim : NarrativeEvaluation.DIMENSIONS) {
            LOG.info(t.of(dim).line("test, prior on dev", dim));
            LOG.info(o.of(dim).line("own, shipped (prior on all 302 public)", dim));
            double[] none = t.of(dim).atFloor(0);
            double[] at = t.of(dim).atFloor(SuggestionFloor.DEFAULT);
            LOG.info(String.format(java.util.Locale.ROOT, "test %s, prior on dev: ECE %.3f; without a floor coverage %.1f%% "
                            + "accuracy %.1f%%; at the default floor %.2f coverage %.1f%% accuracy %.1f%%", dim,
                    t.of(dim).expectedCalibrationError(), none[0], none[1], SuggestionFloor.DEFAULT, at[0], at[1]));
            LOG.info("test {} reliability, prior on dev (bin: n, mean confidence, accuracy): {}", dim, t.of(dim).reliability());
            assertThat(at[1]).as("%s accuracy at the floor", dim).isGreaterThanOrEqualTo(none[1]);
        }
        // floors: measured minus one (prior construction of NarrativeClassifier.withPrior, dictionary 2026.3)
        assertAtLeast(t.of(Dimension.BUSINESS), "test business, prior on dev", PRIOR_TEST[0], PRIOR_TEST[1], 0);
        assertAtLeast(t.of(Dimension.CAUSE), "test cause, prior on dev", PRIOR_TEST[2], PRIOR_TEST[3], 0);
        assertAtLeast(o.of(Dimension.BUSINESS), "own business, shipped", PRIOR_OWN[0], PRIOR_OWN[1], 0);
        assertAtLeast(o.of(Dimension.CAUSE), "own cause, shipped", PRIOR_OWN[2], PRIOR_OWN[3], 0);
    }

    /** Measured 2026-12-08 minus one: test half with the dev prior 115 / 146 business, 90 / 132 cause (top-1 / top-3). */
    static final int[] PRIOR_TEST = {114, 145, 89, 131};
    /** Own set with the shipped prior: 286 / 308 business, 244 / 294 cause (the dictionary alone: 294 / 308, 255 / 282). */
    static final int[] PRIOR_OWN = {285, 307, 243, 293};

    @Test
    void calibrationOnTheTestHalfAndAccuracyAtTheDefaultFloor() {
        NarrativeClassifier c = NarrativeClassifier.bundled().withoutPrior();
        Result d = NarrativeEvaluation.evaluate(dev, c::suggest, scheme);
        Result t = NarrativeEvaluation.evaluate(test, c::suggest, scheme);
        for (Dimension dim : NarrativeEvaluation.DIMENSIONS) {
            StringBuilder sweep = new StringBuilder();
            for (double f = 0.2; f < 0.85; f += 0.1) {
                double[] v = d.of(dim).atFloor(f);
                sweep.append(String.format(java.util.Locale.ROOT, " %.1f→%.0f%%/%.0f%%", f, v[0], v[1]));
            }
            LOG.info("dev {} floor → coverage/accuracy:{}", dim, sweep);
            double[] none = t.of(dim).atFloor(0);
            double[] at = t.of(dim).atFloor(SuggestionFloor.DEFAULT);
            LOG.info(String.format(java.util.Locale.ROOT, "test %s: ECE %.3f; without a floor coverage %.1f%% accuracy "
                            + "%.1f%%; at the default floor %.2f coverage %.1f%% accuracy %.1f%%", dim,
                    t.of(dim).expectedCalibrationError(), none[0], none[1], SuggestionFloor.DEFAULT, at[0], at[1]));
            LOG.info("test {} reliability (bin: n, mean confidence, accuracy): {}", dim, t.of(dim).reliability());
            // the floor must buy accuracy for the coverage it gives up, on the half it was not chosen on
            assertThat(at[1]).as("%s accuracy at the floor", dim).isGreaterThanOrEqualTo(none[1]);
        }
        assertThat(t.of(Dimension.BUSINESS).expectedCalibrationError()).isLessThan(0.2);
    }

    private static void assertAtLeast(Tally t, String what, int major1, int major3, int code1) {
        assertThat(t.major1).as(what + " major top-1 hits").isGreaterThanOrEqualTo(major1);
        assertThat(t.major3).as(what + " major top-3 hits").isGreaterThanOrEqualTo(major3);
        assertThat(t.code1).as(what + " code top-1 hits").isGreaterThanOrEqualTo(code1);
    }
}
