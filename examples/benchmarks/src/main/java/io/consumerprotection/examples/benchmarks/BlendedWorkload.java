package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.classification.BlendedClassifier;
import io.consumerprotection.core.classification.ClassifiedNarrative;
import io.consumerprotection.core.classification.NarrativeClassifier;
import io.consumerprotection.core.classification.NarrativeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@link SuggestionBenchmark}'s blended classifier written once against the public API, so that
 * {@link PreviousRelease#relinked} can build the very same one on an earlier release: a model trained on 2,000
 * classified complaints made of the narrative's clauses (fixed seed), blended with the bundled dictionary. Only JDK
 * types in its signatures.
 */
public final class BlendedWorkload {

    private final BlendedClassifier blended;

    /** Trains the model on the history made of {@code narrative}'s clauses and blends it with the dictionary. */
    public BlendedWorkload(String narrative) {
        NarrativeClassifier classifier = NarrativeClassifier.bundled();
        String[] clauses = narrative.split("[，。]");
        String[][] codes = {{"06021", "1001"}, {"1101", "0401"}, {"1001", "1101"}, {"01", "0101"}, {"0701", "0702"}};
        Random random = new Random(22);
        List<ClassifiedNarrative> history = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                b.append(clauses[random.nextInt(clauses.length)]).append('，');
            }
            String[] c = codes[random.nextInt(codes.length)];
            history.add(ClassifiedNarrative.of(b.toString(), c[0], c[1]));
        }
        blended = BlendedClassifier.of(classifier, NarrativeModel.train(history, classifier.scheme()));
    }

    /** One blended suggestion. */
    public Object suggest(CharSequence narrative) {
        return blended.suggest(narrative);
    }
}
