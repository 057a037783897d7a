package io.consumerprotection.core.classification;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * One term of the suggestion dictionary: when the term occurs in a narrative (and is not negated) it adds
 * {@code weight} to a code of a dimension. A stop term (no dimension, weight 0) adds nothing but masks the
 * shorter terms inside it: {@code 理财经理} (a job title) masks {@code 理财} (a product).
 *
 * @param term      the term as written (matched after full-width/half-width and case folding)
 * @param dimension the dimension, or {@code null} for a stop term
 * @param code      the code, or {@code null} for a stop term
 * @param weight    1 (weak hint) to 10 (decisive); 0 for a stop term
 */
public record DictionaryEntry(String term, Dimension dimension, String code, int weight) {

    public DictionaryEntry {
        Objects.requireNonNull(term, "term");
        if (term.isBlank()) {
            throw new IllegalArgumentException("term must not be blank");
        }
        if ((dimension == null) != (code == null)) {
            throw new IllegalArgumentException("term (" + Redaction.shape(term) + "): dimension and code are both given or both absent");
        }
        if (dimension == null ? weight != 0 : weight < 1 || weight > 10) {
            throw new IllegalArgumentException("term (" + Redaction.shape(term) + "): weight must be 1..10, or 0 for a stop term: " + weight);
        }
    }

    /** An entry adding {@code weight} to a code. */
    public static DictionaryEntry of(String term, Dimension dimension, String code, int weight) {
        return new DictionaryEntry(term, Objects.requireNonNull(dimension, "dimension"),
                Objects.requireNonNull(code, "code"), weight);
    }

    /** A stop term. */
    public static DictionaryEntry stop(String term) {
        return new DictionaryEntry(term, null, null, 0);
    }

    /** Whether this is a stop term. */
    public boolean isStop() {
        return dimension == null;
    }

    @Override
    public String toString() {
        return "DictionaryEntry[term=" + Redaction.text(term) + ", dimension=" + dimension + ", code=" + Redaction.code(code)
                + ", weight=" + weight + "]";
    }
}
