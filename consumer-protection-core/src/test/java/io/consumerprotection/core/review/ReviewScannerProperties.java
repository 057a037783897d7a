package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scanner against a naive reading of the dictionary's rules (String.indexOf per phrase, cue and exception;
 * the window, clause and sentence rules as the format describes them, chained gaps and a negation cue in a gap),
 * on texts made of rule phrases, cues,
 * look-alikes, punctuation and filler, in simplified characters and mixed-case ASCII.
 */
class ReviewScannerProperties {

    static final ScanDictionary DICT = ScanDictionary.builtIn();
    static final ReviewScanner SCANNER = ReviewScanner.builtIn();

    @Provide
    Arbitrary<String> texts() {
        List<String> fragments = new ArrayList<>();
        for (ScanRule r : DICT.rules()) {
            r.phrases().stream().filter(p -> !p.contains("~")).limit(6).forEach(fragments::add);
            r.exceptions().stream().limit(2).forEach(fragments::add);
            r.cleanCues().stream().limit(2).forEach(fragments::add);
        }
        DICT.negations().stream().limit(12).forEach(fragments::add);
        DICT.notNegations().stream().limit(4).forEach(fragments::add);
        fragments.addAll(List.of("，", "。", "、", "；", " ", ". ", "但", "本行", "理财", "产品", "收益", "客户", "x",
                "Risk-Free", "NOT ", "the ", "预期收益", "确定", "业绩比较基准"));
        return Arbitraries.of(fragments).list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 600)
    void findsWhatANaiveReadingOfTheRulesFinds(@ForAll("texts") String text) {
        for (ScanKind kind : ScanKind.values()) {
            Set<String> expected = naive(kind, text);
            Set<String> actual = new TreeSet<>();
            SCANNER.scan(kind, text).forEach(f -> actual.add(f.ruleId() + "@" + f.start() + "-" + f.end()));
            assertThat(actual).as("%s: %s", kind, text).isEqualTo(expected);
        }
    }

    @Property(tries = 300)
    void aFindingQuotesExactlyItsSpan(@ForAll("texts") String text) {
        for (ScanKind kind : ScanKind.values()) {
            assertThat(SCANNER.scan(kind, text)).allSatisfy(f -> {
                assertThat(text.substring(f.start(), f.end())).isEqualTo(f.quote());
                assertThat(f.category().kind()).isEqualTo(kind);
            });
        }
    }

    @Property(tries = 300)
    void fullWidthFormsScanLikeTheirAsciiForms(@ForAll("texts") String text) {
        StringBuilder wide = new StringBuilder();
        for (char c : text.toCharArray()) {
            wide.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c == ' ' ? '\u3000' : c);
        }
        for (ScanKind kind : ScanKind.values()) {
            assertThat(SCANNER.scan(kind, wide.toString()).stream().map(f -> f.ruleId() + "@" + f.start()).toList())
                    .isEqualTo(SCANNER.scan(kind, text).stream().map(f -> f.ruleId() + "@" + f.start()).toList());
        }
    }

    // ---------------------------------------------------------------- the naive reading

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            } else if (c == 0x3000) {
                c = ' ';
            }
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    static List<int[]> occurrences(String text, String p) {
        List<int[]> out = new ArrayList<>();
        String f = fold(p);
        for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
            out.add(new int[] {i, i + f.length()});
        }
        return out;
    }

    static boolean word(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static boolean bounded(String t, String p, int s, int e) {
        String f = fold(p);
        boolean ascii = word(f.charAt(0)) && Character.isLetter(f.charAt(0))
                || word(f.charAt(f.length() - 1)) && Character.isLetter(f.charAt(f.length() - 1));
        if (!ascii) {
            return true;
        }
        boolean left = s == 0 || !word(t.charAt(s - 1)) || !word(t.charAt(s));
        boolean right = e >= t.length() || !word(t.charAt(e)) || !word(t.charAt(e - 1));
        return left && right;
    }

    static boolean sentenceEnd(String t, int i) {
        char c = t.charAt(i);
        if ("。！？；\n\r".indexOf(c) >= 0) {
            return true;
        }
        return ".!?;".indexOf(c) >= 0 && (i + 1 >= t.length() || t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\n');
    }

    static boolean clauseEnd(String t, int i) {
        return sentenceEnd(t, i) || "，,、：:但却".indexOf(t.charAt(i)) >= 0;
    }

    /**
     * The end of a gapped tail ("B" or "B~C…") after {@code from}: each segment within 12 characters of the
     * previous one in the same sentence, every placement tried in order; -1 if none.
     */
    static int chainEnd(String t, int from, String tail) {
        int tilde = tail.indexOf('~');
        String segment = tilde < 0 ? tail : tail.substring(0, tilde);
        for (int i = from; i + segment.length() <= Math.min(t.length(), from + 12 + segment.length()); i++) {
            if (sentenceEnd(t, i)) {
                return -1;
            }
            if (t.startsWith(segment, i)) {
                if (tilde < 0) {
                    return i + segment.length();
                }
                int rest = chainEnd(t, i + segment.length(), tail.substring(tilde + 1));
                if (rest >= 0) {
                    return rest;
                }
            }
        }
        return -1;
    }

    static Set<String> naive(ScanKind kind, String original) {
        String t = fold(original);
        List<int[]> all = new ArrayList<>();
        for (ScanRule r : DICT.rules()) {
            if (r.kind() != kind) {
                continue;
            }
            List<int[]> hits = new ArrayList<>();
            for (String phrase : r.phrases()) {
                String head = phrase.contains("~") ? phrase.substring(0, phrase.indexOf('~')) : phrase;
                String tail = phrase.contains("~") ? fold(phrase.substring(phrase.indexOf('~') + 1)) : null;
                for (int[] o : occurrences(t, head)) {
                    if (!bounded(t, head, o[0], o[1])) {
                        continue;
                    }
                    int end = o[1];
                    if (tail != null) {
                        end = chainEnd(t, o[1], tail);
                        if (end < 0) {
                            continue;
                        }
                        int gapFrom = o[1];
                        int gapTo = end - (tail.length() - tail.lastIndexOf('~') - 1);
                        boolean gapNegated = DICT.negations().stream().anyMatch(cue -> occurrences(t, cue).stream()
                                .anyMatch(c -> c[0] >= gapFrom && c[1] <= gapTo && bounded(t, cue, c[0], c[1])
                                        && DICT.notNegations().stream().flatMap(nn -> occurrences(t, nn).stream())
                                                .noneMatch(nn -> nn[0] <= c[0] && nn[1] >= c[1])));
                        if (gapNegated) {
                            continue;
                        }
                    }
                    int s = o[0];
                    int e = end;
                    boolean excepted = r.exceptions().stream().flatMap(x -> occurrences(t, x).stream())
                            .anyMatch(x -> x[0] <= s && x[1] >= e);
                    int from = s;
                    while (from > Math.max(0, s - DICT.window()) && !clauseEnd(t, from - 1)) {
                        from--;
                    }
                    int f0 = from;
                    boolean negated = DICT.negations().stream().anyMatch(cue -> occurrences(t, cue).stream()
                            .anyMatch(c -> c[0] >= f0 && c[1] <= s && bounded(t, cue, c[0], c[1])
                                    && DICT.notNegations().stream().flatMap(nn -> occurrences(t, nn).stream())
                                            .noneMatch(nn -> nn[0] <= c[0] && nn[1] >= c[1])));
                    int ss = s;
                    while (ss > 0 && !sentenceEnd(t, ss - 1)) {
                        ss--;
                    }
                    int se = e;
                    while (se < t.length() && !sentenceEnd(t, se)) {
                        se++;
                    }
                    int a = ss;
                    int b = se;
                    boolean clean = r.cleanCues().stream().flatMap(x -> occurrences(t, x).stream())
                            .anyMatch(x -> x[0] >= a && x[1] <= b);
                    if (!excepted && !negated && !clean) {
                        hits.add(new int[] {s, e});
                    }
                }
            }
            hits.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
            int[] open = null;
            for (int[] h : hits) {
                if (open != null && h[0] < open[1]) {
                    open[1] = Math.max(open[1], h[1]);
                    continue;
                }
                if (open != null) {
                    all.add(new int[] {DICT.rules().indexOf(r), open[0], open[1]});
                }
                open = h.clone();
            }
            if (open != null) {
                all.add(new int[] {DICT.rules().indexOf(r), open[0], open[1]});
            }
        }
        Set<String> out = new TreeSet<>();
        all.forEach(h -> out.add(DICT.rules().get(h[0]).id() + "@" + h[1] + "-" + h[2]));
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
