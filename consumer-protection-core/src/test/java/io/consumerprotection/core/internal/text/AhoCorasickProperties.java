package io.consumerprotection.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class AhoCorasickProperties {

    /** Every occurrence of every pattern, as a naive scan finds them (small alphabet to force overlaps). */
    @Property(tries = 300)
    void findsExactlyWhatANaiveScanFinds(
            @ForAll @Size(min = 1, max = 12) List<@CharRange(from = 'a', to = 'c') @StringLength(min = 1, max = 4) String> raw,
            @ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 60) String text) {
        List<String> patterns = new ArrayList<>(new LinkedHashSet<>(raw));
        AhoCorasick ac = new AhoCorasick(patterns);
        List<String> found = new ArrayList<>();
        ac.search(text.toCharArray(), text.length(), (p, end) -> found.add(p + "@" + end));
        List<String> expected = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            for (int p = 0; p < patterns.size(); p++) {
                String s = patterns.get(p);
                if (end >= s.length() && text.startsWith(s, end - s.length())) {
                    expected.add(p + "@" + end);
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }
}
