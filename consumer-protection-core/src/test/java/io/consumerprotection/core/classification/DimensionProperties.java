package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class DimensionProperties {

    @Property
    void decodeInvertsEncode(@ForAll @Size(min = 1, max = 6) List<@AlphaChars @NumericChars @StringLength(min = 1, max = 6) String> codes) {
        String value = Dimension.RIGHT.encode(codes);
        assertThat(Dimension.RIGHT.decode(value)).containsExactlyElementsOf(new TreeSet<>(codes));
        assertThat(Dimension.RIGHT.encode(Dimension.RIGHT.decode(value))).isEqualTo(value);
    }
}
