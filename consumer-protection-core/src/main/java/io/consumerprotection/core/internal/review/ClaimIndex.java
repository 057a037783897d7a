package io.consumerprotection.core.internal.review;

import io.consumerprotection.core.internal.text.AhoCorasick;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scanner's kernel: every phrase of every rule (and every exception, clean cue, negation cue) in one
 * Aho–Corasick automaton over folded text, so a text is read once whatever the number of rules. A phrase match
 * becomes a hit of its rule unless
 * <ol>
 *   <li>an exception phrase of the rule covers it (最高人民法院 is no superlative),</li>
 *   <li>a negation cue ends within {@code window} characters before it in the same clause (本产品<b>不</b>保本),
 *       or lies in the gap of a gapped phrase (理财<b>不</b>等于存款), unless that cue is part of a look-alike that
 *       is no negation (不仅保本), or</li>
 *   <li>the same sentence holds a clean cue of the rule (业绩比较基准……<b>不代表</b>未来收益).</li>
 * </ol>
 * A phrase {@code A~B} matches A followed by B within {@link #GAP} characters of the same sentence, and
 * {@code A~B~C} chains such gaps (each segment within {@link #GAP} characters of the previous one). Overlapping
 * hits of one rule merge into one. Immutable after construction and thread-safe; a scan allocates its own
 * buffers.
 */
public final class ClaimIndex {

    /** How far a phrase's tail may follow its head ({@code A~B}). */
    public static final int GAP = 12;

    /** Receives hits: the rule's index and the span {@code [start, end)} in the original text. */
    public interface Sink {
        void hit(int rule, int start, int end);
    }

    private static final int PHRASE = 0;
    private static final int EXCEPT = 1;
    private static final int CLEAN = 2;
    private static final int NEGATION = 3;
    private static final int NOT_NEGATION = 4;

    private final CharFold fold;
    private final AhoCorasick automaton;
    private final int window;
    private final int rules;
    // per distinct pattern: the (role, rule, tail) entries it stands for
    private final int[][] roles;
    private final int[][] ruleOf;
    private final String[][] tails;
    private final boolean[] asciiWord;
    private final int maxLength;

    private ClaimIndex(CharFold fold, Map<String, List<Object[]>> entries, int window, int rules) {
        this.fold = fold;
        this.window = window;
        this.rules = rules;
        List<String> patterns = new ArrayList<>(entries.keySet());
        int n = patterns.size();
        roles = new int[n][];
        ruleOf = new int[n][];
        tails = new String[n][];
        asciiWord = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<Object[]> e = entries.get(patterns.get(i));
            roles[i] = new int[e.size()];
            ruleOf[i] = new int[e.size()];
            tails[i] = new String[e.size()];
            for (int j = 0; j < e.size(); j++) {
                roles[i][j] = (Integer) e.get(j)[0];
                ruleOf[i][j] = (Integer) e.get(j)[1];
                tails[i][j] = (String) e.get(j)[2];
            }
            String p = patterns.get(i);
            asciiWord[i] = isAsciiLetter(p.charAt(0)) || isAsciiLetter(p.charAt(p.length() - 1));
        }
        automaton = new AhoCorasick(patterns);
        maxLength = patterns.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Starts an index over a folding, with a negation window in characters. */
    public static Builder builder(CharFold fold, int window) {
        return new Builder(fold, window);
    }

    /** Collects the phrases; rules are numbered from 0 in the order of {@link #rule()}. */
    public static final class Builder {
        private final CharFold fold;
        private final int window;
        private final Map<String, List<Object[]>> entries = new LinkedHashMap<>();
        private int rules;

        private Builder(CharFold fold, int window) {
            if (window < 0) {
                throw new IllegalArgumentException("window must not be negative: " + window);
            }
            this.fold = fold;
            this.window = window;
        }

        /** Starts the next rule and returns its index. */
        public int rule() {
            return rules++;
        }

        /** A phrase of the current rule, possibly {@code head~tail} or {@code head~middle~tail}. */
        public Builder phrase(String phrase) {
            int tilde = phrase.indexOf('~');
            if (tilde < 0) {
                return add(phrase, PHRASE, null);
            }
            return add(phrase.substring(0, tilde), PHRASE, fold.fold(phrase.substring(tilde + 1)));
        }

        /** An exception phrase of the current rule. */
        public Builder exception(String phrase) {
            return add(phrase, EXCEPT, null);
        }

        /** A clean (disclosure) cue of the current rule. */
        public Builder clean(String phrase) {
            return add(phrase, CLEAN, null);
        }

        /** A negation cue of every rule. */
        public Builder negation(String cue) {
            return add(cue, NEGATION, null);
        }

        /** A look-alike of a negation cue that is no negation. */
        public Builder notNegation(String cue) {
            return add(cue, NOT_NEGATION, null);
        }

        private Builder add(String raw, int role, String tail) {
            if (raw.isEmpty() || (tail != null && (tail.isEmpty() || tail.startsWith("~") || tail.endsWith("~")
                    || tail.contains("~~")))) {
                throw new IllegalArgumentException("empty phrase");
            }
            if (rules == 0 && role <= CLEAN) {
                throw new IllegalStateException("call rule() before the first phrase");
            }
            String p = fold.fold(raw);
            entries.computeIfAbsent(p, k -> new ArrayList<>()).add(new Object[] {role, rules - 1, tail});
            return this;
        }

        /** The index. */
        public ClaimIndex build() {
            if (entries.isEmpty()) {
                throw new IllegalStateException("no phrase");
            }
            return new ClaimIndex(fold, entries, window, rules);
        }
    }

    /** Reports the hits of {@code text}, ordered by rule, then start. */
    public void scan(String text, Sink sink) {
        int n = text.length();
        if (n == 0) {
            return;
        }
        char[] folded = new char[n];
        fold.fold(text, folded);
        Matches m = new Matches(n);
        automaton.search(folded, n, m);
        if (m.phraseCount == 0) {
            return;
        }
        List<int[]> hits = new ArrayList<>();
        for (int k = 0; k < m.phraseCount; k++) {
            int p = m.phrasePattern[k];
            int end = m.phraseEnd[k];
            int start = end - automaton.length(p);
            if (asciiWord[p] && !wordBounded(folded, n, start, end)) {
                continue;
            }
            for (int j = 0; j < roles[p].length; j++) {
                if (roles[p][j] != PHRASE) {
                    continue;
                }
                int rule = ruleOf[p][j];
                int hitEnd = end;
                if (tails[p][j] != null) {
                    String tail = tails[p][j];
                    hitEnd = tailEnd(folded, n, end, tail);
                    if (hitEnd < 0 || negatedIn(m, folded, end, hitEnd - (tail.length() - tail.lastIndexOf('~') - 1))) {
                        continue;
                    }
                }
                if (excepted(m, rule, start, hitEnd) || negated(m, folded, start) || cleanSentence(m, folded, n, rule,
                        start, hitEnd)) {
                    continue;
                }
                hits.add(new int[] {rule, start, hitEnd});
            }
        }
        hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[2], a[2]));
        int[] open = null;
        for (int[] h : hits) {
            if (open != null && open[0] == h[0] && h[1] < open[2]) {
                open[2] = Math.max(open[2], h[2]);
                continue;
            }
            if (open != null) {
                sink.hit(open[0], open[1], open[2]);
            }
            open = h.clone();
        }
        if (open != null) {
            sink.hit(open[0], open[1], open[2]);
        }
    }

    /** The number of rules. */
    public int rules() {
        return rules;
    }

    /**
     * Where the tail of a gapped phrase ends: the tail's first segment within {@link #GAP} characters after
     * {@code from} in the same sentence, then each further segment ({@code A~B~C}) within {@link #GAP} characters
     * after the previous one; -1 when there is none. Tries every placement of a segment, so a later occurrence can
     * still complete the chain.
     */
    private int tailEnd(char[] t, int n, int from, String tail) {
        int tilde = tail.indexOf('~');
        String segment = tilde < 0 ? tail : tail.substring(0, tilde);
        int limit = Math.min(n, from + GAP + segment.length());
        for (int i = from; i + segment.length() <= limit; i++) {
            if (isSentenceEnd(t, n, i)) {
                return -1;
            }
            if (regionMatches(t, i, segment)) {
                int end = i + segment.length();
                if (tilde < 0) {
                    return end;
                }
                int rest = tailEnd(t, n, end, tail.substring(tilde + 1));
                if (rest >= 0) {
                    return rest;
                }
            }
        }
        return -1;
    }

    private static boolean regionMatches(char[] t, int at, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (t[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean excepted(Matches m, int rule, int start, int end) {
        for (int k = m.firstEndingAtOrAfter(end); k < m.otherCount && m.otherEnd[k] <= end + maxLength; k++) {
            int p = m.otherPattern[k];
            int e = m.otherEnd[k];
            int s = e - automaton.length(p);
            if (s <= start && e >= end && has(p, EXCEPT, rule)) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(Matches m, char[] t, int start) {
        int from = start;
        int limit = Math.max(0, start - window);
        while (from > limit && !isClauseEnd(t, t.length, from - 1)) {
            from--;
        }
        return negatedIn(m, t, from, start);
    }

    /** Whether a negation cue (not a look-alike) lies wholly in {@code [from, to)}: the gap of a gapped phrase. */
    private boolean negatedIn(Matches m, char[] t, int from, int to) {
        for (int k = m.firstEndingAtOrAfter(from + 1); k < m.otherCount && m.otherEnd[k] <= to; k++) {
            int p = m.otherPattern[k];
            int e = m.otherEnd[k];
            int s = e - automaton.length(p);
            if (s < from || !has(p, NEGATION, -1)) {
                continue;
            }
            if (asciiWord[p] && !wordBounded(t, t.length, s, e)) {
                continue;
            }
            if (!insideNotNegation(m, s, e)) {
                return true;
            }
        }
        return false;
    }

    private boolean insideNotNegation(Matches m, int s, int e) {
        for (int k = m.firstEndingAtOrAfter(e); k < m.otherCount && m.otherEnd[k] <= e + maxLength; k++) {
            int p = m.otherPattern[k];
            int pe = m.otherEnd[k];
            int ps = pe - automaton.length(p);
            if (ps <= s && pe >= e && has(p, NOT_NEGATION, -1)) {
                return true;
            }
        }
        return false;
    }

    private boolean cleanSentence(Matches m, char[] t, int n, int rule, int start, int end) {
        int from = start;
        while (from > 0 && !isSentenceEnd(t, n, from - 1)) {
            from--;
        }
        int to = end;
        while (to < n && !isSentenceEnd(t, n, to)) {
            to++;
        }
        for (int k = m.firstEndingAtOrAfter(from + 1); k < m.otherCount && m.otherEnd[k] <= to; k++) {
            int p = m.otherPattern[k];
            int e = m.otherEnd[k];
            int s = e - automaton.length(p);
            if (s >= from && has(p, CLEAN, rule)) {
                return true;
            }
        }
        return false;
    }

    private boolean has(int pattern, int role, int rule) {
        for (int j = 0; j < roles[pattern].length; j++) {
            if (roles[pattern][j] == role && (rule < 0 || ruleOf[pattern][j] == rule)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean wordBounded(char[] t, int n, int start, int end) {
        return (start == 0 || !isWordChar(t[start - 1]) || !isWordChar(t[start]))
                && (end >= n || !isWordChar(t[end]) || !isWordChar(t[end - 1]));
    }

    /** Ends a sentence: 。！？；, a line break, and ASCII . ! ? ; followed by a space or the end. */
    static boolean isSentenceEnd(char[] t, int n, int i) {
        char c = t[i];
        return switch (c) {
            case '。', '！', '？', '；', '\n', '\r' -> true;
            case '.', '!', '?', ';' -> i + 1 >= n || t[i + 1] == ' ' || t[i + 1] == '\n';
            default -> false;
        };
    }

    /** Ends a clause: a sentence end, a comma, an enumeration comma, a colon, or 但 / 却 (a turn). */
    static boolean isClauseEnd(char[] t, int n, int i) {
        char c = t[i];
        return isSentenceEnd(t, n, i) || c == '，' || c == ',' || c == '、' || c == '：' || c == ':' || c == '但'
                || c == '却';
    }

    /** The matches of one scan, split into phrases and the other roles; only the phrase list is usually long. */
    private final class Matches implements AhoCorasick.Sink {
        int[] phrasePattern = new int[8];
        int[] phraseEnd = new int[8];
        int phraseCount;
        int[] otherPattern = new int[8];
        int[] otherEnd = new int[8];
        int otherCount;

        Matches(int n) {
        }

        /** The first index of the other matches whose end is at least {@code end} (they arrive in end order). */
        int firstEndingAtOrAfter(int end) {
            int lo = 0;
            int hi = otherCount;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (otherEnd[mid] < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        public void match(int pattern, int end) {
            boolean phrase = false;
            boolean other = false;
            for (int role : roles[pattern]) {
                if (role == PHRASE) {
                    phrase = true;
                } else {
                    other = true;
                }
            }
            if (phrase) {
                if (phraseCount == phrasePattern.length) {
                    phrasePattern = Arrays.copyOf(phrasePattern, phraseCount * 2);
                    phraseEnd = Arrays.copyOf(phraseEnd, phraseCount * 2);
                }
                phrasePattern[phraseCount] = pattern;
                phraseEnd[phraseCount++] = end;
            }
            if (other) {
                if (otherCount == otherPattern.length) {
                    otherPattern = Arrays.copyOf(otherPattern, otherCount * 2);
                    otherEnd = Arrays.copyOf(otherEnd, otherCount * 2);
                }
                otherPattern[otherCount] = pattern;
                otherEnd[otherCount++] = end;
            }
        }
    }
}
