package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NarrativeClassifierProperties {

    private static final NarrativeClassifier CLASSIFIER = NarrativeClassifier.bundled().withoutPrior();
    private static final List<String> TERMS = SuggestionDictionary.bundled().entries().stream()
            .map(DictionaryEntry::term).distinct().toList();

    /** A term counts at most three times: a fourth and fifth copy of the narrative change nothing. */
    @Property(tries = 200)
    void repeatsBeyondTheThirdAddNothing(@ForAll("narratives") String narrative) {
        String three = (narrative + "。").repeat(3);
        String five = (narrative + "。").repeat(5);
        assertSame(CLASSIFIER.suggest(three), CLASSIFIER.suggest(five));
    }

    /** Repeating the narrative finds the same terms, each listed once as evidence. */
    @Property(tries = 200)
    void evidenceIsEachTermOnce(@ForAll("narratives") String narrative) {
        Suggestions once = CLASSIFIER.suggest(narrative + "。");
        Suggestions many = CLASSIFIER.suggest((narrative + "。").repeat(7));
        for (Dimension d : Dimension.values()) {
            assertThat(evidence(many, d)).as(d.name()).isEqualTo(evidence(once, d));
            for (Suggestion s : many.of(d)) {
                assertThat(s.evidence()).doesNotHaveDuplicates();
            }
        }
    }

    private static java.util.Set<String> evidence(Suggestions s, Dimension d) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        s.of(d).forEach(x -> all.addAll(x.evidence()));
        return all;
    }

    private static void assertSame(Suggestions a, Suggestions b) {
        for (Dimension d : Dimension.values()) {
            assertThat(b.of(d)).as(d.name()).isEqualTo(a.of(d));
        }
    }

    @Provide
    Arbitrary<String> narratives() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(TERMS), Arbitraries.of("，", "我", "被", "没有", "要求", "银行"));
        return word.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
    }
}
