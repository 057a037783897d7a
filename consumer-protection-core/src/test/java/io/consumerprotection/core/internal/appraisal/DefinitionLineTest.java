package io.consumerprotection.core.internal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionLineTest {

    @Test
    void splitsKeywordsAndAttributesSkippingCommentsAndBlanks() {
        List<DefinitionLine> lines = DefinitionLine.split("\uFEFF# c\n\nelement id=A name=\"体制 机制\" weight=10\r\n  band grade=1 from=0 to=100\n");
        assertThat(lines).extracting(DefinitionLine::number).containsExactly(3, 4);
        assertThat(lines.get(0).keyword()).isEqualTo("element");
        assertThat(lines.get(0).attributes()).containsExactly(
                java.util.Map.entry("id", "A"), java.util.Map.entry("name", "体制 机制"), java.util.Map.entry("weight", "10"));
    }

    @Test
    void quotesRoundTrip() {
        String v = "say \"hi\" \\ there";
        assertThat(DefinitionLine.split("k v=" + DefinitionLine.quote(v)).get(0).attributes().get("v")).isEqualTo(v);
        assertThat(DefinitionLine.quote("plain")).isEqualTo("plain");
        assertThat(DefinitionLine.quote("")).isEqualTo("\"\"");
    }

    @Test
    void malformedLinesNameTheirLine() {
        assertThatThrownBy(() -> DefinitionLine.split("a\nk v=\"open")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> DefinitionLine.split("k loose")).hasMessageContaining("key=value");
        assertThatThrownBy(() -> DefinitionLine.split("k a=1 a=2")).hasMessageContaining("repeated");
    }
}
