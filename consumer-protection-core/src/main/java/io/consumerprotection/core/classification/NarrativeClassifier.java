package io.consumerprotection.core.classification;

import io.consumerprotection.core.internal.text.AhoCorasick;
import io.consumerprotection.spi.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Suggests classification codes (business category, cause, consumer rights, special group, sensitivity,
 * request, channel) from a complaint's free-text narrative, ranked, each with a confidence and the dictionary
 * terms that triggered it. Fast enough to call while the customer waits: one pass of an Aho–Corasick
 * automaton over the text, no regular expression, no I/O. Immutable and thread-safe.
 *
 * <p>How it works: the text is folded (full-width letters, digits and punctuation to half-width, ASCII to
 * lower case, traditional characters to simplified ones by {@code traditional-simplified.tsv}) and every
 * dictionary term found; a term inside a longer term found at the same place is
 * ignored ({@code 理财经理} is not {@code 理财}); a term right after a negation ({@code 没有}, {@code 没},
 * {@code 未}, {@code 并未}, {@code 从未}, {@code 不是}, {@code 并非}, {@code 无}, optionally followed by up to two of
 * {@code 被有过了再曾遭}) is ignored, so {@code 没有被盗刷} is not card fraud. Each remaining occurrence adds its
 * term's weight to the term's code (half weight for the second and third occurrence, nothing after). Each
 * occurrence is then weighed by where it stands ({@code evidence-cues.tsv}: after a turn of the story such as {@code 但是}
 * or {@code 才发现} a term counts 1.4 times, in {@code 不是 X 而是 Y} X counts 0.3 and Y 1.5 times). Codes
 * are ranked by the evidence of their major class; the suggested code is the deepest one that holds at least
 * half of its parent's evidence. Confidence is the major class's evidence over the dimension's total plus 2.
 *
 * <p>The prior: {@link #bundled()} and {@link #of} blend the business category and the cause with a naive-Bayes
 * model ({@link NarrativeModel}) trained, when the classifier is built, on the bundled public complaint narratives
 * ({@code prior-narratives.tsv}), by the weights stored with them ({@link BlendedClassifier} explains the mix): each
 * major class scores {@code (1 − w) × dictionary confidence + w × posterior}. A dimension with neither a dictionary
 * term nor any n-gram the prior has seen gets no suggestion. The suggestion version names both
 * ({@code 2026.3+prior-2026.1}). {@link #withoutPrior()} is the dictionary alone, as described above.
 *
 * <pre>{@code
 * Suggestions s = NarrativeClassifier.bundled().suggest("信用卡被盗刷了三笔，要求赔偿");
 * s.top(Dimension.BUSINESS);   // 06 银行卡 → 0602 信用卡, evidence [信用卡, 盗刷]
 * }</pre>
 */
public final class NarrativeClassifier {

    private static final String[] NEGATIONS = {"并没有", "没有", "并未", "从未", "从没", "未曾", "不是", "并非", "没", "未", "无"};
    private static final String FILLERS = "被有过了再曾遭";
    private static final float DAMPING = 2f;

    private static final class Bundled {
        static final NarrativeClassifier INSTANCE = new NarrativeClassifier(SuggestionDictionary.bundled(),
                ClassificationCatalog.bundled().latest()).withPrior(PriorNarratives.bundled());
    }

    private final SuggestionDictionary dictionary;
    private final ClassificationScheme scheme;
    private final AhoCorasick automaton;
    private final String[] patternTerm;
    private final int[][] patternTargets;
    private final float[][] patternWeights;
    private final int maxPatternLength;
    private final Dimension[] targetDimension;
    private final SchemeCode[] targetCode;
    private final int[] targetParent;
    private final int[] targetMajor;
    private final int[][] targetChildren;
    private final Dimension[] dimensions;
    private final int[][] majorsByDimension;
    private final boolean[] targetBusiness;
    private final EvidenceCues cues;
    /** The blend with the bundled prior model, null for the dictionary alone. */
    private final BlendedClassifier prior;
    private final PriorNarratives priors;
    private final String version;

    /** The same dictionary and scheme (shared automaton and tables) with another prior, null for none. */
    private NarrativeClassifier(NarrativeClassifier base, BlendedClassifier prior, PriorNarratives priors) {
        this.dictionary = base.dictionary;
        this.scheme = base.scheme;
        this.automaton = base.automaton;
        this.patternTerm = base.patternTerm;
        this.patternTargets = base.patternTargets;
        this.patternWeights = base.patternWeights;
        this.maxPatternLength = base.maxPatternLength;
        this.targetDimension = base.targetDimension;
        this.targetCode = base.targetCode;
        this.targetParent = base.targetParent;
        this.targetMajor = base.targetMajor;
        this.targetChildren = base.targetChildren;
        this.dimensions = base.dimensions;
        this.majorsByDimension = base.majorsByDimension;
        this.targetBusiness = base.targetBusiness;
        this.cues = base.cues;
        this.prior = prior;
        this.priors = priors;
        this.version = prior == null ? dictionary.version() : dictionary.version() + "+prior-" + priors.version();
    }

    private NarrativeClassifier(SuggestionDictionary dictionary, ClassificationScheme scheme) {
        this.cues = EvidenceCues.bundled();
        this.prior = null;
        this.priors = null;
        this.version = dictionary.version();
        this.dictionary = dictionary;
        this.scheme = scheme;
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        List<Violation> problems = new ArrayList<>();
        for (DictionaryEntry e : dictionary.entries()) {
            if (!e.isStop()) {
                dims.add(e.dimension());
                if (scheme.find(e.dimension(), e.code()).isEmpty()) {
                    problems.add(Violation.of("dictionary[" + e.term() + "]", "UNKNOWN_CODE", e.dimension() + " code "
                            + e.code() + " is not in scheme version " + scheme.version()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidClassificationSchemeException("suggestion dictionary " + dictionary.version()
                    + " does not fit scheme version " + scheme.version(), problems);
        }
        this.dimensions = dims.toArray(new Dimension[0]);
        // targets: every code of every dimension the dictionary uses
        List<SchemeCode> codes = new ArrayList<>();
        Map<String, Integer> targetIndex = new LinkedHashMap<>();
        for (Dimension d : dimensions) {
            for (SchemeCode c : scheme.codes(d)) {
                targetIndex.put(d + "/" + c.code(), codes.size());
                codes.add(c);
            }
        }
        int t = codes.size();
        targetDimension = new Dimension[t];
        targetCode = codes.toArray(new SchemeCode[0]);
        targetParent = new int[t];
        targetMajor = new int[t];
        targetBusiness = new boolean[t];
        int[] childCount = new int[t];
        for (int i = 0; i < t; i++) {
            SchemeCode c = targetCode[i];
            targetDimension[i] = c.dimension();
            targetBusiness[i] = c.dimension() == Dimension.BUSINESS;
            targetParent[i] = c.parent() == null ? -1 : targetIndex.get(c.dimension() + "/" + c.parent());
            if (targetParent[i] >= 0) {
                childCount[targetParent[i]]++;
            }
        }
        targetChildren = new int[t][];
        for (int i = 0; i < t; i++) {
            targetChildren[i] = new int[childCount[i]];
        }
        int[] fill = new int[t];
        for (int i = 0; i < t; i++) {
            int p = targetParent[i];
            if (p >= 0) {
                targetChildren[p][fill[p]++] = i;
            }
            int m = i;
            while (targetParent[m] >= 0) {
                m = targetParent[m];
            }
            targetMajor[i] = m;
        }
        // patterns: distinct folded terms
        Map<String, List<DictionaryEntry>> byPattern = new LinkedHashMap<>();
        for (DictionaryEntry e : dictionary.entries()) {
            byPattern.computeIfAbsent(fold(e.term()), k -> new ArrayList<>()).add(e);
        }
        List<String> patterns = new ArrayList<>(byPattern.keySet());
        int p = patterns.size();
        patternTerm = new String[p];
        patternTargets = new int[p][];
        patternWeights = new float[p][];
        int max = 1;
        for (int i = 0; i < p; i++) {
            List<DictionaryEntry> es = byPattern.get(patterns.get(i));
            patternTerm[i] = es.get(0).term();
            List<DictionaryEntry> real = es.stream().filter(e -> !e.isStop()).toList();
            patternTargets[i] = new int[real.size()];
            patternWeights[i] = new float[real.size()];
            for (int j = 0; j < real.size(); j++) {
                patternTargets[i][j] = targetIndex.get(real.get(j).dimension() + "/" + real.get(j).code());
                patternWeights[i][j] = real.get(j).weight();
            }
            max = Math.max(max, patterns.get(i).length());
        }
        maxPatternLength = max;
        automaton = new AhoCorasick(patterns);
        majorsByDimension = new int[dimensions.length][];
        for (int di = 0; di < dimensions.length; di++) {
            Dimension d = dimensions[di];
            majorsByDimension[di] = java.util.stream.IntStream.range(0, t)
                    .filter(i -> targetDimension[i] == d && targetParent[i] < 0).toArray();
        }
    }

    /**
     * The classifier over the bundled dictionary and the newest bundled scheme version, with the bundled prior
     * (see the class comment); {@code bundled().withoutPrior()} is the dictionary alone.
     */
    public static NarrativeClassifier bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * A classifier over a dictionary (for example the bundled one with a bank's terms) and a scheme version, with
     * the bundled prior when every code of the prior's narratives is in the scheme version (the prior's blend
     * weights are then chosen for this dictionary, which costs one suggestion per prior narrative once, here);
     * otherwise the dictionary alone. {@link #withoutPrior()} gives the dictionary alone in any case.
     *
     * @throws InvalidClassificationSchemeException if a dictionary code is not in the scheme version
     */
    public static NarrativeClassifier of(SuggestionDictionary dictionary, ClassificationScheme scheme) {
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(scheme, "scheme");
        NarrativeClassifier shared = Bundled.INSTANCE;
        if (dictionary == shared.dictionary && scheme == shared.scheme) {
            return shared;
        }
        NarrativeClassifier alone = new NarrativeClassifier(dictionary, scheme);
        PriorNarratives priors = PriorNarratives.bundled();
        for (ClassifiedNarrative c : priors.narratives()) {
            for (Map.Entry<Dimension, String> e : c.codes().entrySet()) {
                if (scheme.find(e.getKey(), e.getValue()).isEmpty()) {
                    return alone;
                }
            }
        }
        return alone.withPrior(priors);
    }

    /**
     * This dictionary alone blended with a prior trained on these narratives: the weights stored with them, or (none
     * stored) the ones {@link BlendedClassifier#fit} chooses over them.
     */
    NarrativeClassifier withPrior(PriorNarratives priors) {
        NarrativeClassifier alone = withoutPrior();
        BlendedClassifier blend = priors.weights().isEmpty() ? BlendedClassifier.fit(alone, priors.narratives())
                : BlendedClassifier.withWeights(alone, NarrativeModel.train(priors.narratives(), scheme), priors.weights());
        return new NarrativeClassifier(alone, blend, priors);
    }

    /**
     * The same dictionary and scheme version without the prior: the dictionary's own suggestions, as before the
     * prior was bundled (version = the dictionary's version). Returns this classifier if it has no prior.
     */
    public NarrativeClassifier withoutPrior() {
        return prior == null ? this : new NarrativeClassifier(this, null, null);
    }

    /** The version of the prior's narratives ({@code 2026.1}), or empty for the dictionary alone. */
    public java.util.Optional<String> priorVersion() {
        return java.util.Optional.ofNullable(priors).map(PriorNarratives::version);
    }

    /** The narratives the prior was trained on, empty without a prior. */
    List<ClassifiedNarrative> priorNarratives() {
        return priors == null ? List.of() : priors.narratives();
    }

    /** The prior's blend weight of a dimension, 0 without a prior. */
    double priorWeight(Dimension d) {
        return prior == null ? 0 : prior.weight(d);
    }

    /** The dictionary used. */
    public SuggestionDictionary dictionary() {
        return dictionary;
    }

    /** The scheme version whose codes are suggested. */
    public ClassificationScheme scheme() {
        return scheme;
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return ScriptFolding.simplified(c);
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** Collects the automaton's matches. */
    private static final class Matches implements AhoCorasick.Sink {
        int[] pattern = new int[64];
        int[] end = new int[64];
        int size;

        @Override
        public void match(int p, int e) {
            if (size == pattern.length) {
                pattern = Arrays.copyOf(pattern, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            pattern[size] = p;
            end[size] = e;
            size++;
        }
    }

    /**
     * Suggests codes for a narrative; an empty or unmatched text gives no suggestion from the dictionary (the prior
     * may still rank business categories and causes). The version is {@link #version()}.
     */
    public Suggestions suggest(CharSequence narrative) {
        Objects.requireNonNull(narrative, "narrative");
        Suggestions base = suggestFromDictionary(narrative);
        return prior == null ? base : prior.blend(base, narrative, version, true);
    }

    /** The suggestion version: the dictionary's, plus {@code +prior-<version>} with the prior ({@code 2026.3+prior-2026.1}). */
    public String version() {
        return version;
    }

    private Suggestions suggestFromDictionary(CharSequence narrative) {
        int n = narrative.length();
        char[] text = new char[n];
        for (int i = 0; i < n; i++) {
            text[i] = fold(narrative.charAt(i));
        }
        Matches m = new Matches();
        automaton.search(text, n, m);
        // how much each position counts: request clause, turn of the story, 不是…而是…, background, own product
        float[] weight = new float[n];
        float[] holding = new float[n];
        boolean weighed = cues.weigh(text, n, weight, holding);
        // accepted: each pattern once, in order of its first accepted match (the evidence order);
        // seen: how many times each pattern was accepted, so a repeat costs O(1), not a scan of the list
        int[] accepted = new int[Math.min(m.size, patternTargets.length)];
        int acceptedCount = 0;
        int[] seenCount = new int[patternTargets.length];
        float[] score = new float[targetCode.length];
        int[] touched = new int[16];
        int touchedCount = 0;
        for (int i = 0; i < m.size; i++) {
            int len = automaton.length(m.pattern[i]);
            int start = m.end[i] - len;
            if (contained(m, i, start, len) || negated(text, start)) {
                continue;
            }
            int p = m.pattern[i];
            int seen = seenCount[p];
            if (seen == 0) {
                accepted[acceptedCount++] = p;
            }
            if (seen >= 3) {
                continue;
            }
            seenCount[p] = seen + 1;
            float factor = (seen == 0 ? 1f : 0.5f) * (weighed ? weight[start] : 1f);
            float hold = weighed ? holding[start] : 1f;
            int[] targets = patternTargets[p];
            for (int j = 0; j < targets.length; j++) {
                int target = targets[j];
                if (score[target] == 0f) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = target;
                }
                score[target] += patternWeights[p][j] * (targetBusiness[target] ? factor * hold : factor);
            }
        }
        return rank(score, touched, touchedCount, accepted, acceptedCount);
    }

    private boolean contained(Matches m, int i, int start, int len) {
        int end = m.end[i];
        for (int j = i - 1; j >= 0 && m.end[j] == end; j--) {
            if (automaton.length(m.pattern[j]) > len) {
                return true;
            }
        }
        for (int j = i + 1; j < m.size && m.end[j] <= start + maxPatternLength; j++) {
            int lj = automaton.length(m.pattern[j]);
            if (lj > len && m.end[j] - lj <= start && m.end[j] >= end) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(char[] text, int start) {
        int pos = start;
        for (int skip = 0; skip <= 2 && pos > 0; skip++) {
            for (String cue : NEGATIONS) {
                int l = cue.length();
                if (pos >= l && regionMatches(text, pos - l, cue)) {
                    return true;
                }
            }
            if (FILLERS.indexOf(text[pos - 1]) < 0) {
                return false;
            }
            pos--;
        }
        return false;
    }

    private static boolean regionMatches(char[] text, int from, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (text[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private Suggestions rank(float[] score, int[] touched, int touchedCount, int[] accepted, int acceptedCount) {
        float[] subtree = new float[score.length];
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            for (int a = i; a >= 0; a = targetParent[a]) {
                subtree[a] += score[i];
            }
        }
        Map<Dimension, List<Suggestion>> out = new EnumMap<>(Dimension.class);
        int[] majors = new int[16];
        for (int di = 0; di < dimensions.length; di++) {
            int count = 0;
            float total = 0;
            for (int major : majorsByDimension[di]) {
                if (subtree[major] > 0) {
                    if (count == majors.length) {
                        majors = Arrays.copyOf(majors, count * 2);
                    }
                    // insertion by descending evidence, scheme order among equals
                    int pos = count++;
                    while (pos > 0 && subtree[majors[pos - 1]] < subtree[major]) {
                        majors[pos] = majors[pos - 1];
                        pos--;
                    }
                    majors[pos] = major;
                    total += subtree[major];
                }
            }
            if (count == 0) {
                continue;
            }
            List<Suggestion> list = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                int major = majors[k];
                int node = major;
                while (true) {
                    int best = -1;
                    for (int c : targetChildren[node]) {
                        if (subtree[c] > 0 && (best < 0 || subtree[c] > subtree[best])) {
                            best = c;
                        }
                    }
                    if (best < 0 || subtree[best] * 2 < subtree[node]) {
                        break;
                    }
                    node = best;
                }
                double confidence = Math.round(subtree[major] / (total + DAMPING) * 100) / 100.0;
                SchemeCode c = targetCode[node];
                list.add(new Suggestion(dimensions[di], c.code(), c.nameZh(), c.nameEn(), confidence,
                        evidence(major, accepted, acceptedCount)));
            }
            out.put(dimensions[di], list);
        }
        return new Suggestions(out, dictionary.version(), scheme.version());
    }

    private List<String> evidence(int major, int[] accepted, int acceptedCount) {
        List<String> terms = new ArrayList<>(4);
        for (int i = 0; i < acceptedCount; i++) {
            int p = accepted[i];
            for (int target : patternTargets[p]) {
                if (targetMajor[target] == major && !terms.contains(patternTerm[p])) {
                    terms.add(patternTerm[p]);
                }
            }
        }
        return terms;
    }
}
