package io.consumerprotection.core.internal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.CharRange;

/**
 * The interning tables against a {@code LinkedHashMap} that numbers keys in order of first appearance: the same
 * code for an equal key (also a fresh copy, and keys of equal {@code hashCode} such as {@code "Aa"}/{@code "BB"}
 * are told apart), dense codes, and the key of each code, through several rehashes.
 */
class CodeTableProperties {

    @Property(tries = 300)
    void stringCodesAreFirstAppearanceNumbers(
            @ForAll @Size(max = 400) List<@StringLength(max = 3) @CharRange(from = 'A', to = 'b') String> keys) {
        CodeTable t = new CodeTable();
        Map<String, Integer> oracle = new LinkedHashMap<>();
        for (String k : keys) {
            int expected = oracle.computeIfAbsent(k, x -> oracle.size());
            assertThat(t.code(new String(k.toCharArray()))).isEqualTo(expected);
            assertThat(t.find(k)).isEqualTo(expected);
        }
        assertThat(t.size()).isEqualTo(oracle.size());
        oracle.forEach((k, c) -> assertThat(t.value(c)).isEqualTo(k));
        assertThat(t.find("not a key, too long")).isEqualTo(-1);
    }

    @Property(tries = 300)
    void longCodesAreFirstAppearanceNumbers(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 60) Integer> firsts,
                                            @ForAll @IntRange(min = 0, max = 5) int shift) {
        LongCodeTable t = new LongCodeTable();
        Map<Long, Integer> oracle = new LinkedHashMap<>();
        for (int i = 0; i < firsts.size(); i++) {
            long k = LongCodeTable.pair(firsts.get(i) >> shift, firsts.get((i * 7) % firsts.size()) & 7);
            int expected = oracle.computeIfAbsent(k, x -> oracle.size());
            assertThat(t.code(k)).isEqualTo(expected);
        }
        assertThat(t.size()).isEqualTo(oracle.size());
        oracle.forEach((k, c) -> assertThat(t.key(c)).isEqualTo(k));
    }
}
