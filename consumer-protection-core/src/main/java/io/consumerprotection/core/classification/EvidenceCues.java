package io.consumerprotection.core.classification;

import io.consumerprotection.core.internal.text.AhoCorasick;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How much each position of a narrative counts as evidence, from cue words (resource {@code evidence-cues.tsv}):
 * the clause of the request counts more, the part after a turn of the story ({@code 但是, 却, 才发现}) counts
 * more, the X of {@code 不是 X 而是 Y} counts less and the Y more, background clauses ({@code 以前, 平时}) count
 * less, and a business-category term right after the customer's own product ({@code 我的, 我办的}) counts more.
 * One pass of a small Aho–Corasick automaton plus two linear sweeps; immutable and thread-safe.
 */
final class EvidenceCues {

    /** What a cue says about the evidence near it. */
    enum Kind { REQUEST, TURN, NOT, RATHER, BACKGROUND, HOLDING }

    private static final String CLAUSE_ENDS = "，。；！？,;!?\n";
    private static final String SENTENCE_ENDS = "。；！？;!?\n";
    private static final int HOLDING_REACH = 4;

    private static final class Bundled {
        static final EvidenceCues INSTANCE = load();
    }

    private final AhoCorasick automaton;
    private final Kind[] kind;
    private final float[] factor;

    private EvidenceCues(List<String> cues, List<Kind> kinds, List<Float> factors) {
        automaton = new AhoCorasick(cues);
        kind = kinds.toArray(new Kind[0]);
        factor = new float[factors.size()];
        for (int i = 0; i < factor.length; i++) {
            factor[i] = factors.get(i);
        }
    }

    static EvidenceCues bundled() {
        return Bundled.INSTANCE;
    }

    /** Collected cue matches, in order of their end. */
    private static final class Found implements AhoCorasick.Sink {
        int[] pattern = new int[16];
        int[] end = new int[16];
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
     * Fills {@code weight[0..n)} with the factor of a term starting at each position (1 where no cue applies) and
     * {@code holding[0..n)} with the extra factor for a business-category term starting there (1 otherwise).
     * Returns false, leaving the arrays untouched, when the text holds no cue.
     */
    boolean weigh(char[] text, int n, float[] weight, float[] holding) {
        Found f = new Found();
        automaton.search(text, n, f);
        if (f.size == 0) {
            return false;
        }
        Arrays.fill(weight, 0, n, 1f);
        Arrays.fill(holding, 0, n, 1f);
        float[] turnAt = null;
        int clauseStart = 0;
        int sentenceStart = 0;
        int k = 0;
        int sk = 0;
        // cues are visited per clause: the clause factor (request or background) covers the whole clause
        for (int p = 0; p <= n; p++) {
            boolean clauseEnd = p == n || CLAUSE_ENDS.indexOf(text[p]) >= 0;
            if (!clauseEnd) {
                continue;
            }
            float request = 1f;
            float background = 1f;
            while (k < f.size && f.end[k] <= p) {
                int c = f.pattern[k];
                switch (kind[c]) {
                    case REQUEST -> request = Math.max(request, factor[c]);
                    case BACKGROUND -> background = Math.min(background, factor[c]);
                    case HOLDING -> {
                        for (int q = f.end[k]; q < Math.min(n, f.end[k] + HOLDING_REACH); q++) {
                            holding[q] = Math.max(holding[q], factor[c]);
                        }
                    }
                    case TURN, RATHER -> {
                        if (turnAt == null) {
                            turnAt = new float[n + 1];
                        }
                        turnAt[f.end[k]] = Math.max(turnAt[f.end[k]], factor[c]);
                    }
                    case NOT -> { }
                }
                k++;
            }
            float clause = request > 1f ? request : background;
            if (clause != 1f) {
                for (int q = clauseStart; q < p; q++) {
                    weight[q] *= clause;
                }
            }
            boolean sentenceEnd = p == n || SENTENCE_ENDS.indexOf(text[p]) >= 0;
            if (sentenceEnd) {
                sk = notRather(f, sk, p, weight);
                sentenceStart = p + 1;
            }
            clauseStart = p + 1;
        }
        if (turnAt != null) {
            float turn = 1f;
            for (int p = 0; p < n; p++) {
                if (turnAt[p] > turn) {
                    turn = turnAt[p];
                }
                weight[p] *= turn;
                if (SENTENCE_ENDS.indexOf(text[p]) >= 0) {
                    turn = 1f;
                }
            }
        }
        return true;
    }

    /**
     * {@code 不是 X 而是 Y} inside one sentence (cues from index {@code from} ending at or before {@code end}): X
     * weighs the NOT factor (Y is raised by the RATHER cue in the turn sweep). Returns the first cue after it.
     */
    private int notRather(Found f, int from, int end, float[] weight) {
        int notEnd = -1;
        float notFactor = 1f;
        int i = from;
        for (; i < f.size && f.end[i] <= end; i++) {
            Kind c = kind[f.pattern[i]];
            int start = f.end[i] - automaton.length(f.pattern[i]);
            if (c == Kind.NOT && notEnd < 0) {
                notEnd = f.end[i];
                notFactor = factor[f.pattern[i]];
            } else if (c == Kind.RATHER && notEnd >= 0 && start >= notEnd) {
                for (int q = notEnd; q < start; q++) {
                    weight[q] *= notFactor;
                }
                notEnd = -1;
            }
        }
        return i;
    }

    private static EvidenceCues load() {
        try (InputStream in = EvidenceCues.class.getResourceAsStream("evidence-cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: evidence-cues.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> cues = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            List<Float> factors = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 3) {
                    throw new IllegalStateException("evidence-cues.tsv line " + no + ": 3 columns expected");
                }
                float factor = Float.parseFloat(c[2]);
                if (!(factor > 0f && factor <= 4f)) {
                    throw new IllegalStateException("evidence-cues.tsv line " + no + ": factor must be in (0, 4]");
                }
                cues.add(NarrativeClassifier.fold(c[0]));
                kinds.add(Kind.valueOf(c[1].toUpperCase(Locale.ROOT)));
                factors.add(factor);
            }
            return new EvidenceCues(cues, kinds, factors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
