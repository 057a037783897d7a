package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * A host field known to hold personal data: its path (for example {@code CustomerDto.idNo}), its type and
 * the effective class.
 *
 * @param path             the field path
 * @param type             the kind of personal data
 * @param informationClass the effective JR/T 0171 class (the host's override or the catalogue's)
 * @param piplSensitive    whether PIPL treats it as sensitive
 */
public record PersonalField(String path, FieldType type, InformationClass informationClass, boolean piplSensitive) {

    public PersonalField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(informationClass, "informationClass");
    }

    @Override
    public String toString() {
        return "PersonalField[path=" + Redaction.code(path) + ", type=" + type + ", informationClass=" + informationClass
                + ", piplSensitive=" + piplSensitive + "]";
    }
}
