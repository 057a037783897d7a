package io.consumerprotection.spi.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * A host-defined scorecard in the documented text format of {@code io.consumerprotection.core.appraisal}
 * (the same format as the built-in scorecard resources), with where it comes from.
 *
 * @param id     the scorecard id, for example {@code ZX-BRANCH-2025}; must equal the id inside {@code text}
 * @param source where the definition comes from (a file name, a policy number); may be empty
 * @param text   the definition text
 */
public record ScorecardDefinition(String id, String source, String text) {

    public ScorecardDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    @Override
    public String toString() {
        return "ScorecardDefinition[id=" + Redaction.code(id) + ", source=" + Redaction.code(source) + ", text="
                + Redaction.text(text) + "]";
    }
}
