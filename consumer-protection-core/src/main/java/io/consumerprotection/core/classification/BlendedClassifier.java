package io.consumerprotection.core.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dictionary's suggestions mixed with what the bank's classified history teaches ({@link NarrativeModel}).
 * For each dimension the model was trained on, the score of a major class is
 * {@code (1 − w) × dictionary confidence + w × model posterior}, with {@code w = n / (n + }{@value #HALF_WEIGHT_AT}{@code )}
 * for {@code n} narratives of history carrying that dimension: a bank without history ({@code n = 0}) gets exactly
 * the dictionary's suggestions, one with {@value #HALF_WEIGHT_AT} classified complaints weighs both equally, and
 * the model takes over as history grows. Classes are ranked by that score, which is also the confidence; the code
 * under a major class is the dictionary's when it suggested that class, otherwise the one the history most often
 * gave there (its evidence is then empty: the model has no terms to show). Other dimensions stay the
 * dictionary's. Immutable and thread-safe.
 */
public final class BlendedClassifier {

    /** The history size at which dictionary and model weigh the same; fixed before any measurement. */
    public static final int HALF_WEIGHT_AT = 50;

    /** Model classes below this blended score are not listed. */
    private static final double LISTED = 0.01;

    private final NarrativeClassifier dictionary;
    private final NarrativeModel model;

    private BlendedClassifier(NarrativeClassifier dictionary, NarrativeModel model) {
        this.dictionary = dictionary;
        this.model = model;
    }

    /** The dictionary classifier blended with a model trained on the bank's history. */
    public static BlendedClassifier of(NarrativeClassifier dictionary, NarrativeModel model) {
        return new BlendedClassifier(Objects.requireNonNull(dictionary, "dictionary"), Objects.requireNonNull(model, "model"));
    }

    /** The model's weight for a dimension, {@code n / (n + 50)}. */
    public double weight(Dimension dimension) {
        int n = model.trained(Objects.requireNonNull(dimension, "dimension"));
        return (double) n / (n + HALF_WEIGHT_AT);
    }

    /** Suggests codes for a narrative; see the class comment for the mix. */
    public Suggestions suggest(CharSequence narrative) {
        Suggestions base = dictionary.suggest(narrative);
        List<Dimension> trainedDims = model.dimensions();
        if (trainedDims.isEmpty()) {
            return base;
        }
        long[] features = NarrativeModel.features(narrative, new long[0]);
        ClassificationScheme scheme = dictionary.scheme();
        Map<Dimension, List<Suggestion>> out = new EnumMap<>(Dimension.class);
        out.putAll(base.all());
        double[][] posteriors = model.posteriors(features);
        for (int di = 0; di < trainedDims.size(); di++) {
            Dimension d = trainedDims.get(di);
            double w = weight(d);
            double[] posterior = posteriors[di];
            if (w == 0) {
                continue;
            }
            String[] majors = model.majors(d);
            double[] score = new double[majors.length];
            Suggestion[] fromDictionary = new Suggestion[majors.length];
            for (Suggestion s : base.of(d)) {
                String major = scheme.rollUp(d, s.code(), 1).code();
                for (int k = 0; k < majors.length; k++) {
                    if (majors[k].equals(major)) {
                        fromDictionary[k] = s;
                        score[k] = (1 - w) * s.confidence();
                    }
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < majors.length; k++) {
                score[k] += w * posterior[k];
                if (score[k] >= LISTED) {
                    order.add(k);
                }
            }
            order.sort((a, b) -> Double.compare(score[b], score[a]));
            List<Suggestion> list = new ArrayList<>(order.size());
            for (int k : order) {
                double confidence = Math.round(score[k] * 100) / 100.0;
                Suggestion s = fromDictionary[k];
                if (s != null) {
                    list.add(new Suggestion(d, s.code(), s.nameZh(), s.nameEn(), confidence, s.evidence()));
                } else {
                    SchemeCode c = scheme.find(d, model.likelyCode(d, k)).orElseThrow();
                    list.add(new Suggestion(d, c.code(), c.nameZh(), c.nameEn(), confidence, List.of()));
                }
            }
            if (list.isEmpty()) {
                out.remove(d);
            } else {
                out.put(d, list);
            }
        }
        return new Suggestions(out, base.dictionaryVersion() + "+history", base.schemeVersion());
    }

    @Override
    public String toString() {
        return "BlendedClassifier[" + dictionary.dictionary() + ", " + model + "]";
    }
}
