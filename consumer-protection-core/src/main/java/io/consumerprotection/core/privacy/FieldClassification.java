package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * The catalogue entry of one field type: its JR/T 0171 class, whether PIPL treats it as sensitive, and
 * the source of that classification.
 *
 * @param type            the field type
 * @param informationClass the JR/T 0171 class
 * @param piplSensitive   whether it is sensitive personal information (PIPL art. 28)
 * @param source          the rule the classification comes from
 */
public record FieldClassification(FieldType type, InformationClass informationClass, boolean piplSensitive,
                                  String source) {

    public FieldClassification {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(informationClass, "informationClass");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return "FieldClassification[type=" + type + ", informationClass=" + informationClass + ", piplSensitive="
                + piplSensitive + ", source=" + Redaction.text(source) + "]";
    }
}
