package io.consumerprotection.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ComplaintId#of} accepts exactly the texts of the documented form {@code [A-Za-z0-9._-]{1,64}}. */
class ComplaintIdProperties {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> allowed = Arbitraries.strings().withChars("azAZ09._-").withCharRange('a', 'z')
                .withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(0).ofMaxLength(70);
        Arbitrary<String> near = Arbitraries.strings().withChars("aZ9._-/ :@`{[^\u00e9\u4e2d\uff10\u0000")
                .ofMinLength(0).ofMaxLength(70);
        return Arbitraries.oneOf(allowed, near, Arbitraries.strings().ofMaxLength(70));
    }

    @Property(tries = 2000)
    void acceptsExactlyTheDocumentedForm(@ForAll("texts") String text) {
        if (FORM.matcher(text).matches()) {
            assertThat(ComplaintId.of(text).value()).isEqualTo(text);
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> ComplaintId.of(text));
        }
    }
}
