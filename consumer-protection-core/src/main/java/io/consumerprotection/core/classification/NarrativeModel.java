package io.consumerprotection.core.classification;

import io.consumerprotection.spi.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bank's classified history teaches: a multinomial naive Bayes model of the major categories of each
 * dimension over the character bigrams and trigrams of the folded narrative (the same folding as
 * {@link NarrativeClassifier}), with additive smoothing {@value #ALPHA}. No word segmentation, no dictionary, no
 * dependency: a complaint narrative's characters are its features. The summed log-likelihood is tempered by
 * {@code 1 / sqrt(number of n-grams)} (naive Bayes treats overlapping n-grams as independent and is overconfident;
 * of untempered, {@code 1/sqrt} and {@code 8/n}, chosen by cross-validation on the development half of the public
 * narratives only, 31 narratives then: equal top-1 hits, one more top-3 hit, business top-1 not below the
 * dictionary's).
 * {@link BlendedClassifier} mixes it with the
 * dictionary. Scoring one narrative is one pass over its characters (one hash look-up per n-gram). Immutable and
 * thread-safe.
 *
 * <p>The model holds n-gram counts, not narratives; it is still derived from complaint text, so a host keeps it
 * where it keeps the complaints.
 */
public final class NarrativeModel {

    /** Additive (Lidstone) smoothing of the n-gram counts, fixed before any measurement. */
    public static final double ALPHA = 0.5;

    private final Dimension[] dimensions;
    private final int[] trained;
    private final String[][] majors;
    private final String[][] likelyCode;
    private final float[][] logPrior;
    private final float[][] logUnseen;
    /** Start of each dimension's classes in a row of {@link #rows} and in {@link #posteriors}'s result. */
    private final int[] offset;
    /** Floats per n-gram row: every class of every dimension, padded to a multiple of 8 (a vector's lanes). */
    private final int width;
    /** One contiguous row per n-gram: its log-likelihood under every class of every dimension. */
    private final float[] rows;
    private final long[] keys;
    /** The row start ({@code feature × width}) of the n-gram at each hash position, -1 where empty. */
    private final int[] slots;
    private final int mask;

    private NarrativeModel(Dimension[] dimensions, int[] trained, String[][] majors, String[][] likelyCode,
                           float[][] logPrior, float[][] logUnseen, float[][] logLikelihood, long[] keys, int[] slots) {
        this.dimensions = dimensions;
        this.trained = trained;
        this.majors = majors;
        this.likelyCode = likelyCode;
        this.logPrior = logPrior;
        this.logUnseen = logUnseen;
        this.offset = new int[dimensions.length + 1];
        for (int di = 0; di < dimensions.length; di++) {
            offset[di + 1] = offset[di] + majors[di].length;
        }
        this.width = Math.max(8, (offset[dimensions.length] + 7) & ~7);
        int features = 0;
        for (int s : slots) {
            features = Math.max(features, s + 1);
        }
        this.rows = new float[features * width];
        for (int di = 0; di < dimensions.length; di++) {
            int classes = majors[di].length;
            for (int f = 0; f < features; f++) {
                System.arraycopy(logLikelihood[di], f * classes, rows, f * width + offset[di], classes);
            }
        }
        for (int h = 0; h < slots.length; h++) {
            if (slots[h] >= 0) {
                slots[h] *= width;
            }
        }
        this.keys = keys;
        this.slots = slots;
        this.mask = keys.length - 1;
    }

    /**
     * Trains on the bank's classified history, in one pass over it.
     *
     * @throws InvalidClassificationSchemeException listing every code that is not in the scheme version (rule
     *                                              {@code UNKNOWN_CODE}, field {@code history[i].DIMENSION})
     */
    public static NarrativeModel train(Iterable<ClassifiedNarrative> history, ClassificationScheme scheme) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(scheme, "scheme");
        Map<Dimension, Integer> dimIndex = new EnumMap<>(Dimension.class);
        List<Dimension> dims = new ArrayList<>();
        List<String[]> majorList = new ArrayList<>();
        List<int[]> docCount = new ArrayList<>();
        List<long[]> tokenCount = new ArrayList<>();
        List<List<Map<String, Integer>>> codeCount = new ArrayList<>();
        Map<Long, Integer> featureIndex = new HashMap<>();
        List<List<int[]>> counts = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        long[] features = new long[64];
        int row = 0;
        for (ClassifiedNarrative c : history) {
            int nf = 0;
            for (Map.Entry<Dimension, String> e : c.codes().entrySet()) {
                Dimension d = e.getKey();
                if (scheme.find(d, e.getValue()).isEmpty()) {
                    problems.add(Violation.of("history[" + row + "]." + d, "UNKNOWN_CODE",
                            d + " code " + e.getValue() + " is not in scheme version " + scheme.version()));
                    continue;
                }
                Integer di = dimIndex.get(d);
                if (di == null) {
                    di = dims.size();
                    dimIndex.put(d, di);
                    dims.add(d);
                    String[] m = scheme.roots(d).stream().map(SchemeCode::code).toArray(String[]::new);
                    majorList.add(m);
                    docCount.add(new int[m.length]);
                    tokenCount.add(new long[m.length]);
                    List<Map<String, Integer>> cc = new ArrayList<>();
                    for (int k = 0; k < m.length; k++) {
                        cc.add(new HashMap<>());
                    }
                    codeCount.add(cc);
                    List<int[]> perFeature = new ArrayList<>();
                    for (int f = 0; f < featureIndex.size(); f++) {
                        perFeature.add(null);
                    }
                    counts.add(perFeature);
                }
                if (nf == 0) {
                    features = features(c.narrative(), features);
                    nf = (int) features[0];
                }
                String major = scheme.rollUp(d, e.getValue(), 1).code();
                int k = Arrays.asList(majorList.get(di)).indexOf(major);
                docCount.get(di)[k]++;
                codeCount.get(di).get(k).merge(e.getValue(), 1, Integer::sum);
                List<int[]> perFeature = counts.get(di);
                int classes = majorList.get(di).length;
                for (int i = 1; i <= nf; i++) {
                    Integer fi = featureIndex.get(features[i]);
                    if (fi == null) {
                        fi = featureIndex.size();
                        featureIndex.put(features[i], fi);
                        for (List<int[]> pf : counts) {
                            pf.add(null);
                        }
                    }
                    int[] v = perFeature.get(fi);
                    if (v == null) {
                        v = new int[classes];
                        perFeature.set(fi, v);
                    }
                    v[k]++;
                    tokenCount.get(di)[k]++;
                }
            }
            row++;
        }
        if (!problems.isEmpty()) {
            throw new InvalidClassificationSchemeException("classified history does not fit scheme version "
                    + scheme.version(), problems);
        }
        int f = featureIndex.size();
        int capacity = Integer.highestOneBit(Math.max(16, f * 2)) * 2;
        long[] keys = new long[capacity];
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        for (Map.Entry<Long, Integer> e : featureIndex.entrySet()) {
            int h = mix(e.getKey()) & (capacity - 1);
            while (slots[h] >= 0) {
                h = (h + 1) & (capacity - 1);
            }
            keys[h] = e.getKey();
            slots[h] = e.getValue();
        }
        int nd = dims.size();
        int[] trained = new int[nd];
        String[][] majors = new String[nd][];
        String[][] likely = new String[nd][];
        float[][] prior = new float[nd][];
        float[][] unseen = new float[nd][];
        float[][] ll = new float[nd][];
        for (int di = 0; di < nd; di++) {
            String[] m = majorList.get(di);
            int classes = m.length;
            majors[di] = m;
            int[] docs = docCount.get(di);
            trained[di] = Arrays.stream(docs).sum();
            prior[di] = new float[classes];
            unseen[di] = new float[classes];
            likely[di] = new String[classes];
            double[] denominator = new double[classes];
            for (int k = 0; k < classes; k++) {
                prior[di][k] = (float) Math.log((docs[k] + 1.0) / (trained[di] + classes));
                denominator[k] = tokenCount.get(di)[k] + ALPHA * Math.max(1, f);
                unseen[di][k] = (float) Math.log(ALPHA / denominator[k]);
                String best = m[k];
                int bestCount = 0;
                for (Map.Entry<String, Integer> e : codeCount.get(di).get(k).entrySet()) {
                    if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(best) < 0) {
                        best = e.getKey();
                        bestCount = e.getValue();
                    }
                }
                likely[di][k] = best;
            }
            float[] w = new float[f * classes];
            List<int[]> perFeature = counts.get(di);
            for (int fi = 0; fi < f; fi++) {
                int[] v = perFeature.get(fi);
                for (int k = 0; k < classes; k++) {
                    w[fi * classes + k] = v == null ? unseen[di][k]
                            : (float) Math.log((v[k] + ALPHA) / denominator[k]);
                }
            }
            ll[di] = w;
        }
        return new NarrativeModel(dims.toArray(new Dimension[0]), trained, majors, likely, prior, unseen, ll, keys, slots);
    }

    /** The n-gram keys of a narrative in {@code buffer[1..]}, their count in {@code buffer[0]}. */
    static long[] features(CharSequence narrative, long[] buffer) {
        int n = narrative.length();
        int needed = 2 * n + 1;
        long[] out = buffer.length >= needed ? buffer : new long[needed];
        int count = 0;
        char a = 0;
        char b = 0;
        for (int i = 0; i < n; i++) {
            char c = NarrativeClassifier.fold(narrative.charAt(i));
            if (i >= 1) {
                out[++count] = (1L << 48) | ((long) b << 16) | c;
            }
            if (i >= 2) {
                out[++count] = (2L << 48) | ((long) a << 32) | ((long) b << 16) | c;
            }
            a = b;
            b = c;
        }
        out[0] = count;
        return out;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private int slot(long key) {
        int h = mix(key) & mask;
        while (slots[h] >= 0) {
            if (keys[h] == key) {
                return slots[h];
            }
            h = (h + 1) & mask;
        }
        return -1;
    }

    /** The dimensions the history labelled. */
    public List<Dimension> dimensions() {
        return List.of(dimensions);
    }

    /** How many narratives of the history carried a code of this dimension (0 if none). */
    public int trained(Dimension dimension) {
        int di = index(dimension);
        return di < 0 ? 0 : trained[di];
    }

    private int index(Dimension d) {
        for (int i = 0; i < dimensions.length; i++) {
            if (dimensions[i] == d) {
                return i;
            }
        }
        return -1;
    }

    /** The major codes of a dimension, in scheme order, as {@link #posterior} ranks them. */
    String[] majors(Dimension d) {
        return majors[index(d)];
    }

    /** The code the history most often gave under a major class. */
    String likelyCode(Dimension d, int major) {
        return likelyCode[index(d)][major];
    }

    /** Where a dimension's classes start in {@link #posteriors}'s result ({@link #dimensions()} order). */
    int offset(int dimension) {
        return offset[dimension];
    }

    /**
     * The posterior probability of each major class of each trained dimension given the narrative, in one array:
     * dimension {@code di}'s classes (in {@link #majors} order) from {@link #offset(int) offset(di)}. One pass over
     * the characters: each bigram and trigram is folded, hashed and looked up once, and its row (every class of
     * every dimension, contiguous) is added to a float accumulator; no feature buffer. The last element of the
     * result is how many of the narrative's n-grams the history showed.
     */
    double[] posteriors(CharSequence narrative) {
        float[] acc = new float[width];
        int seen = 0;
        int n = narrative.length();
        char a = 0;
        char b = 0;
        for (int i = 0; i < n; i++) {
            char c = NarrativeClassifier.fold(narrative.charAt(i));
            if (i >= 1) {
                seen += add(acc, slot((1L << 48) | ((long) b << 16) | c));
            }
            if (i >= 2) {
                seen += add(acc, slot((2L << 48) | ((long) a << 32) | ((long) b << 16) | c));
            }
            a = b;
            b = c;
        }
        int nf = Math.max(0, n - 1) + Math.max(0, n - 2);
        // naive Bayes multiplies ~2 × length dependent n-gram likelihoods and is overconfident; tempering the
        // likelihood by 1 / sqrt(n-grams) keeps its posterior a probability the blend can weigh
        double t = 1 / Math.sqrt(Math.max(1, nf));
        double[] score = new double[offset[dimensions.length] + 1];
        score[score.length - 1] = seen;
        for (int di = 0; di < dimensions.length; di++) {
            int from = offset[di];
            int to = offset[di + 1];
            float[] prior = logPrior[di];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = from; k < to; k++) {
                score[k] = prior[k - from] + acc[k] * t;
                max = Math.max(max, score[k]);
            }
            double sum = 0;
            for (int k = from; k < to; k++) {
                score[k] = Math.exp(score[k] - max);
                sum += score[k];
            }
            for (int k = from; k < to; k++) {
                score[k] /= sum;
            }
        }
        return score;
    }

    /** Adds the row starting at {@code row} to the accumulator; an n-gram the history never showed says nothing. */
    private int add(float[] acc, int row) {
        if (row < 0) {
            return 0;
        }
        float[] r = rows;
        for (int k = 0; k < acc.length; k++) {
            acc[k] += r[row + k];
        }
        return 1;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("NarrativeModel[");
        for (int i = 0; i < dimensions.length; i++) {
            b.append(dimensions[i]).append('=').append(trained[i]).append(' ');
        }
        return b.append(slots.length).append(" slots]").toString();
    }
}
