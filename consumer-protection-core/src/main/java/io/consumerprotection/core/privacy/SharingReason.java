package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason behind a sharing decision: a stable code, the field it concerns (if any), and the PIPL article
 * or JR/T 0171 clause it applies.
 *
 * @param code     a stable code such as {@code C3_NEVER_SHARED}
 * @param field    the field concerned, or {@code null} for the whole request
 * @param citation the rule applied
 */
public record SharingReason(String code, FieldType field, String citation) {

    public SharingReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
    }

    /** The field concerned, if any. */
    public Optional<FieldType> findField() {
        return Optional.ofNullable(field);
    }

    @Override
    public String toString() {
        return Redaction.code(code) + (field == null ? "" : "(" + field + ")") + " [" + Redaction.text(citation) + "]";
    }
}
