package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A narrative in traditional characters gets the suggestions of its simplified form. The oracle converts with a
 * plain map read here from the resource, character by character, independently of {@link ScriptFolding}.
 */
class ScriptFoldingProperties {

    private static final Map<Character, Character> TABLE = read();
    private static final List<Character> TRADITIONAL = List.copyOf(TABLE.keySet());
    private static final List<String> TERMS = SuggestionDictionary.bundled().entries().stream()
            .map(DictionaryEntry::term).distinct().toList();

    private static Map<Character, Character> read() {
        Map<Character, Character> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ScriptFoldingProperties.class.getResourceAsStream("traditional-simplified.tsv"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#") && !l.startsWith("@") && !l.isEmpty())
                    .forEach(l -> m.put(l.charAt(0), l.charAt(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static String simplify(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(TABLE.getOrDefault(c, c));
        }
        return b.toString();
    }

    @Property(tries = 300)
    void traditionalTextIsClassifiedAsItsSimplifiedForm(@ForAll("mixed") String text) {
        NarrativeClassifier c = NarrativeClassifier.bundled();
        Suggestions folded = c.suggest(text);
        Suggestions oracle = c.suggest(simplify(text));
        for (Dimension d : Dimension.values()) {
            assertThat(folded.of(d)).as(d.name()).isEqualTo(oracle.of(d));
        }
    }

    @Provide
    Arbitrary<String> mixed() {
        Arbitrary<String> term = Arbitraries.of(TERMS);
        Arbitrary<String> trad = Arbitraries.of(TRADITIONAL).list().ofMaxSize(4)
                .map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
        Arbitrary<String> glue = Arbitraries.of("，", "。", "但是", "不是", "而是", "我的", "");
        return Arbitraries.oneOf(term, trad, glue).list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
