package io.consumerprotection.core.review;

import io.consumerprotection.core.internal.review.CharFold;
import io.consumerprotection.core.internal.review.ClaimIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds, explains and cites banned marketing claims (保本、零风险、承诺收益、混淆存款、绝对化用语、催促销售、虚假背书)
 * and unfair standard terms (排除权利、免除责任、加重责任、最终解释权、单方变更、捆绑搭售) in a text, in one pass
 * over the text whatever the number of rules.
 *
 * <p>Negation and disclosure are clean: {@code 本产品不保本}, {@code 并非零风险产品}, {@code 理财非存款},
 * {@code 不承诺最低收益} and {@code 业绩比较基准……不代表未来收益} give no finding. Matching ignores full-width
 * forms, traditional characters and case, and covers English copy. The rules are a {@link ScanDictionary}
 * (versioned data that a host extends).
 *
 * <pre>{@code
 * List<ScanFinding> f = ReviewScanner.builtIn().scan(ScanKind.MARKETING, "本理财产品保本保息，零风险");
 * // GUARANTEED_RETURN "保本保息", ZERO_RISK "零风险", each with its citation and suggestion
 * }</pre>
 *
 * Immutable and thread-safe; a scan allocates only its own buffers.
 */
public final class ReviewScanner {

    private static final ReviewScanner BUILT_IN = new ReviewScanner(ScanDictionary.builtIn());

    private final ScanDictionary dictionary;
    private final Map<ScanKind, ClaimIndex> indexes = new EnumMap<>(ScanKind.class);
    private final Map<ScanKind, List<ScanRule>> rulesByKind = new EnumMap<>(ScanKind.class);

    private ReviewScanner(ScanDictionary dictionary) {
        this.dictionary = dictionary;
        for (ScanKind kind : ScanKind.values()) {
            List<ScanRule> rules = dictionary.rules().stream().filter(r -> r.kind() == kind).toList();
            rulesByKind.put(kind, rules);
            if (rules.isEmpty()) {
                continue;
            }
            ClaimIndex.Builder b = ClaimIndex.builder(CharFold.standard(), dictionary.window());
            for (ScanRule rule : rules) {
                b.rule();
                rule.phrases().forEach(b::phrase);
                rule.exceptions().forEach(b::exception);
                rule.cleanCues().forEach(b::clean);
            }
            dictionary.negations().forEach(b::negation);
            dictionary.notNegations().forEach(b::notNegation);
            indexes.put(kind, b.build());
        }
    }

    /** The scanner of the bundled dictionary. */
    public static ReviewScanner builtIn() {
        return BUILT_IN;
    }

    /** A scanner of a dictionary (for example the bundled one extended by a host's rules). */
    public static ReviewScanner of(ScanDictionary dictionary) {
        return new ReviewScanner(Objects.requireNonNull(dictionary, "dictionary"));
    }

    /** The dictionary this scanner applies. */
    public ScanDictionary dictionary() {
        return dictionary;
    }

    /**
     * The findings in {@code text} by the rules of {@code kind}, ordered by start, then rule id; empty for a clean
     * text.
     */
    public List<ScanFinding> scan(ScanKind kind, String text) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        ClaimIndex index = indexes.get(kind);
        if (index == null || text.isEmpty()) {
            return List.of();
        }
        List<ScanRule> rules = rulesByKind.get(kind);
        List<ScanFinding> out = new ArrayList<>();
        index.scan(text, (rule, start, end) -> {
            ScanRule r = rules.get(rule);
            out.add(new ScanFinding(r.id(), r.category(), start, end, text.substring(start, end), r.severity(),
                    r.citations(), r.suggestion()));
        });
        out.sort(Comparator.comparingInt(ScanFinding::start).thenComparing(ScanFinding::ruleId));
        return List.copyOf(out);
    }

    /** Whether {@code text} has no finding. */
    public boolean isClean(ScanKind kind, String text) {
        return scan(kind, text).isEmpty();
    }

    @Override
    public String toString() {
        return "ReviewScanner[" + dictionary.version() + "]";
    }
}
