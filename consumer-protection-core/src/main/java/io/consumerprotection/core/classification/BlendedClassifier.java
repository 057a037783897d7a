package io.consumerprotection.core.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dictionary's suggestions mixed with what the bank's classified history teaches ({@link NarrativeModel}).
 * For each dimension the model was trained on, the score of a major class is
 * {@code (1 − w) × dictionary confidence + w × model posterior}. Classes are ranked by that score, which is also the
 * confidence; the code under a major class is the dictionary's when it suggested that class, otherwise the one the
 * history most often gave there (its evidence is then empty: the model has no terms to show). Other dimensions stay
 * the dictionary's. A bank without history ({@code w = 0}) gets exactly the dictionary's suggestions. Immutable and
 * thread-safe.
 *
 * <p>Two ways to choose {@code w}:
 * <ul>
 *   <li>{@link #fit} (recommended) chooses it per dimension from the history itself: {@value #FOLDS}-fold
 *   cross-validation over the history (fold = position mod {@value #FOLDS}) tries {@code w = 0, 0.1, …, 0.9} and keeps
 *   the one with the most first suggestions of the right major class, then the most right classes among the first
 *   three; a tie keeps the smaller weight, so {@code w > 0} only where it beat the dictionary alone on the bank's own
 *   complaints. With fewer than {@value #MIN_FIT} narratives carrying a dimension, {@code w = 0}.</li>
 *   <li>{@link #of(NarrativeClassifier, NarrativeModel)} uses the fixed {@code w = n / (n + }{@value #HALF_WEIGHT_AT}{@code )}
 *   for {@code n} narratives of history carrying the dimension. On the public narratives it lowered the first
 *   business suggestion's hits in cross-validation while it raised the top three (README, issue 22).</li>
 * </ul>
 */
public final class BlendedClassifier {

    /** The history size at which {@link #of(NarrativeClassifier, NarrativeModel)} weighs dictionary and model the same. */
    public static final int HALF_WEIGHT_AT = 50;

    /** Folds of the cross-validation {@link #fit} runs over the history. */
    public static final int FOLDS = 5;

    /** Fewest narratives of a dimension for which {@link #fit} tries a weight above 0. */
    public static final int MIN_FIT = 20;

    /** Model classes below this blended score are not listed. */
    private static final double LISTED = 0.01;

    private static final double[] GRID = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private final NarrativeClassifier dictionary;
    private final NarrativeModel model;
    private final Map<Dimension, Double> weights;
    /** The suggestion version, e.g. {@code 2026.3+history} or {@code 2026.3+prior-2026.1+history}. */
    private final String version;
    private final boolean blends;
    // per trained dimension (the model's order), looked up once here rather than per suggestion
    private final Dimension[] trainedDims;
    private final double[] weightOf;
    /** Any code of the dimension → the index of its major class in the model's order. */
    private final List<Map<String, Integer>> majorIndex;
    /** The code the history most often gave under each major class. */
    private final SchemeCode[][] likely;

    private BlendedClassifier(NarrativeClassifier dictionary, NarrativeModel model, Map<Dimension, Double> weights,
                              String version) {
        this.dictionary = dictionary;
        this.version = version;
        this.model = model;
        this.weights = weights;
        this.blends = weights.values().stream().anyMatch(w -> w > 0);
        ClassificationScheme scheme = dictionary.scheme();
        this.trainedDims = model.dimensions().toArray(new Dimension[0]);
        this.weightOf = new double[trainedDims.length];
        List<Map<String, Integer>> majorIndices = new ArrayList<>();
        this.likely = new SchemeCode[trainedDims.length][];
        for (int di = 0; di < trainedDims.length; di++) {
            Dimension d = trainedDims[di];
            weightOf[di] = weights.getOrDefault(d, 0.0);
            List<String> majors = Arrays.asList(model.majors(d));
            Map<String, Integer> index = new HashMap<>();
            for (SchemeCode c : scheme.codes(d)) {
                int k = majors.indexOf(scheme.rollUp(d, c.code(), 1).code());
                if (k >= 0) {
                    index.put(c.code(), k);
                }
            }
            majorIndices.add(index);
            likely[di] = new SchemeCode[majors.size()];
            for (int k = 0; k < majors.size(); k++) {
                likely[di][k] = scheme.find(d, model.likelyCode(d, k)).orElseThrow();
            }
        }
        this.majorIndex = List.copyOf(majorIndices);
    }

    /** The dictionary classifier blended with a model, each dimension weighted {@code n / (n + 50)}. */
    public static BlendedClassifier of(NarrativeClassifier dictionary, NarrativeModel model) {
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(model, "model");
        Map<Dimension, Double> w = new EnumMap<>(Dimension.class);
        for (Dimension d : model.dimensions()) {
            int n = model.trained(d);
            w.put(d, (double) n / (n + HALF_WEIGHT_AT));
        }
        return new BlendedClassifier(dictionary, model, w, dictionary.version() + "+history");
    }

    /** The dictionary classifier blended with a model, with given weights (0 for a dimension not given). */
    static BlendedClassifier withWeights(NarrativeClassifier dictionary, NarrativeModel model, Map<Dimension, Double> weights) {
        Map<Dimension, Double> w = new EnumMap<>(Dimension.class);
        for (Dimension d : model.dimensions()) {
            w.put(d, weights.getOrDefault(d, 0.0));
        }
        return new BlendedClassifier(dictionary, model, w, dictionary.version() + "+history");
    }

    /**
     * The dictionary classifier blended with a model trained on the history, each dimension weighted by the
     * cross-validation described in the class comment. Training costs {@value #FOLDS} + 1 passes over the history and
     * one dictionary suggestion per narrative.
     *
     * @throws InvalidClassificationSchemeException if a history code is not in the dictionary classifier's scheme
     */
    public static BlendedClassifier fit(NarrativeClassifier dictionary, List<ClassifiedNarrative> history) {
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(history, "history");
        if (dictionary.priorVersion().isPresent()) {
            // the bank's history joins the prior's narratives: one model over both, weights fitted on both
            List<ClassifiedNarrative> merged = new ArrayList<>(dictionary.priorNarratives());
            merged.addAll(history);
            return fit(dictionary.withoutPrior(), merged, dictionary.version() + "+history");
        }
        return fit(dictionary, history, dictionary.version() + "+history");
    }

    private static BlendedClassifier fit(NarrativeClassifier dictionary, List<ClassifiedNarrative> history,
                                         String version) {
        ClassificationScheme scheme = dictionary.scheme();
        NarrativeModel full = NarrativeModel.train(history, scheme);
        Map<Dimension, Double> w = new EnumMap<>(Dimension.class);
        List<Dimension> dims = full.dimensions();
        // hits[dimension][grid][0 = top-1, 1 = top-3]
        int[][][] hits = new int[dims.size()][GRID.length][2];
        Suggestions[] base = new Suggestions[history.size()];
        for (int i = 0; i < base.length; i++) {
            base[i] = dictionary.suggest(history.get(i).narrative());
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            List<ClassifiedNarrative> train = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                if (i % FOLDS != fold) {
                    train.add(history.get(i));
                }
            }
            NarrativeModel m = NarrativeModel.train(train, scheme);
            List<Dimension> mDims = m.dimensions();
            for (int i = fold; i < history.size(); i += FOLDS) {
                ClassifiedNarrative c = history.get(i);
                double[] posteriors = m.posteriors(c.narrative());
                for (int di = 0; di < dims.size(); di++) {
                    Dimension d = dims.get(di);
                    String code = c.codes().get(d);
                    int mdi = mDims.indexOf(d);
                    if (code == null || mdi < 0) {
                        continue;
                    }
                    String expected = scheme.rollUp(d, code, 1).code();
                    String[] majors = m.majors(d);
                    double[] fromDictionary = dictionaryScores(base[i], d, majors, scheme);
                    int alone = base[i].of(d).stream().map(x -> scheme.rollUp(d, x.code(), 1).code()).toList()
                            .indexOf(expected);
                    for (int g = 0; g < GRID.length; g++) {
                        int rank = g == 0 ? alone
                                : rank(fromDictionary, posteriors, m.offset(mdi), GRID[g], majors, expected);
                        hits[di][g][0] += rank == 0 ? 1 : 0;
                        hits[di][g][1] += rank >= 0 && rank < 3 ? 1 : 0;
                    }
                }
            }
        }
        for (int di = 0; di < dims.size(); di++) {
            Dimension d = dims.get(di);
            int best = 0;
            if (full.trained(d) >= MIN_FIT) {
                for (int g = 1; g < GRID.length; g++) {
                    int[] h = hits[di][g];
                    int[] b = hits[di][best];
                    if (h[0] > b[0] || h[0] == b[0] && h[1] > b[1]) {
                        best = g;
                    }
                }
            }
            w.put(d, GRID[best]);
        }
        return new BlendedClassifier(dictionary, full, w, version);
    }

    /** The dictionary's confidence per major class of the model's order (0 where it suggested nothing there). */
    private static double[] dictionaryScores(Suggestions base, Dimension d, String[] majors, ClassificationScheme scheme) {
        double[] score = new double[majors.length];
        for (Suggestion s : base.of(d)) {
            String major = scheme.rollUp(d, s.code(), 1).code();
            for (int k = 0; k < majors.length; k++) {
                if (majors[k].equals(major)) {
                    score[k] = s.confidence();
                }
            }
        }
        return score;
    }

    /** Where the expected major ranks in the blend (0 = first), or -1 when it is not listed. */
    private static int rank(double[] fromDictionary, double[] posterior, int from, double w, String[] majors,
                            String expected) {
        int e = Arrays.asList(majors).indexOf(expected);
        double mine = (1 - w) * fromDictionary[e] + w * posterior[from + e];
        if (mine < LISTED) {
            return -1;
        }
        int ahead = 0;
        for (int k = 0; k < majors.length; k++) {
            double s = (1 - w) * fromDictionary[k] + w * posterior[from + k];
            if (k != e && (s > mine || s == mine && k < e)) {
                ahead++;
            }
        }
        return ahead;
    }

    /** The model's weight for a dimension (0 for a dimension the history did not label). */
    public double weight(Dimension dimension) {
        return weights.getOrDefault(Objects.requireNonNull(dimension, "dimension"), 0.0);
    }

    /** Suggests codes for a narrative; see the class comment for the mix. */
    public Suggestions suggest(CharSequence narrative) {
        Suggestions base = dictionary.suggest(narrative);
        return blend(base, narrative, version);
    }

    /** The blend of a narrative's dictionary suggestions with the model, versioned {@code version}. */
    Suggestions blend(Suggestions base, CharSequence narrative, String version) {
        return blend(base, narrative, version, false);
    }

    /**
     * The blend; with {@code onlyWithEvidence} a dimension stays without suggestion when neither the dictionary found
     * a term for it nor the history showed any n-gram of the text (an empty text gives nothing rather than the
     * classes' base rates).
     */
    Suggestions blend(Suggestions base, CharSequence narrative, String version, boolean onlyWithEvidence) {
        if (!blends) {
            return base;
        }
        Map<Dimension, List<Suggestion>> out = new EnumMap<>(Dimension.class);
        out.putAll(base.all());
        double[] posteriors = model.posteriors(narrative);
        for (int di = 0; di < trainedDims.length; di++) {
            double w = weightOf[di];
            if (w == 0) {
                continue;
            }
            Dimension d = trainedDims[di];
            if (onlyWithEvidence && base.of(d).isEmpty() && posteriors[posteriors.length - 1] == 0) {
                continue;
            }
            int from = model.offset(di);
            int classes = likely[di].length;
            double[] score = new double[classes];
            Suggestion[] fromDictionary = new Suggestion[classes];
            for (Suggestion s : base.of(d)) {
                Integer k = majorIndex.get(di).get(s.code());
                if (k != null) {
                    fromDictionary[k] = s;
                    score[k] = (1 - w) * s.confidence();
                }
            }
            // listed classes by descending score, ascending class among equals (insertion sort, stable)
            int[] order = new int[classes];
            int listed = 0;
            for (int k = 0; k < classes; k++) {
                score[k] += w * posteriors[from + k];
                if (score[k] >= LISTED) {
                    int pos = listed++;
                    while (pos > 0 && score[order[pos - 1]] < score[k]) {
                        order[pos] = order[pos - 1];
                        pos--;
                    }
                    order[pos] = k;
                }
            }
            if (listed == 0) {
                out.remove(d);
                continue;
            }
            Suggestion[] list = new Suggestion[listed];
            for (int i = 0; i < listed; i++) {
                int k = order[i];
                double confidence = Math.round(score[k] * 100) / 100.0;
                Suggestion s = fromDictionary[k];
                if (s != null) {
                    list[i] = new Suggestion(d, s.code(), s.nameZh(), s.nameEn(), confidence, s.evidence());
                } else {
                    SchemeCode c = likely[di][k];
                    list[i] = new Suggestion(d, c.code(), c.nameZh(), c.nameEn(), confidence, List.of());
                }
            }
            out.put(d, Arrays.asList(list));
        }
        return new Suggestions(out, version, base.schemeVersion());
    }

    @Override
    public String toString() {
        return "BlendedClassifier[" + dictionary.dictionary() + ", " + model + ", weights " + weights + "]";
    }
}
