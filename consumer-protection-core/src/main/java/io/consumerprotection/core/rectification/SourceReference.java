package io.consumerprotection.core.rectification;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * Where a rectification item came from: the kind of source and the id of the finding, inspection, problem,
 * opinion or report (empty when the source has no id).
 *
 * @param kind      the kind of source
 * @param reference the source's id; may be empty, never {@code null}
 */
public record SourceReference(RectificationSource kind, String reference) {

    public SourceReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }

    /** The source of this kind with this id. */
    public static SourceReference of(RectificationSource kind, String reference) {
        return new SourceReference(kind, reference);
    }

    @Override
    public String toString() {
        return kind + (reference.isEmpty() ? "" : ":" + Redaction.code(reference));
    }
}
