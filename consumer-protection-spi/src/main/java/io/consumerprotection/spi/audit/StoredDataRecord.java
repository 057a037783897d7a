package io.consumerprotection.spi.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * One kind of personal financial information a system keeps at rest (an entry of the host's data
 * inventory), for the rule that C3 authentication data is never stored except in a salted irreversible
 * form, and never on terminals or apps (JR/T 0171-2020).
 *
 * @param system        the system or database
 * @param field         the field, column or file kind
 * @param dataClass     {@code C1}, {@code C2} or {@code C3}
 * @param storageForm   {@code PLAINTEXT}, {@code ENCRYPTED}, {@code SALTED_HASH}, {@code TOKENISED} or {@code MASKED}
 * @param terminalOrApp whether the system is a terminal or a client app (not a server)
 */
public record StoredDataRecord(String system, String field, String dataClass, String storageForm, boolean terminalOrApp) {

    public StoredDataRecord {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(storageForm, "storageForm");
    }

    /** The subject id of this entry: {@code system/field}. */
    public String subjectId() {
        return system + "/" + field;
    }

    @Override
    public String toString() {
        return "StoredDataRecord[system=" + Redaction.code(system) + ", field=" + Redaction.code(field) + ", dataClass="
                + Redaction.code(dataClass) + ", storageForm=" + Redaction.code(storageForm) + ", terminalOrApp="
                + terminalOrApp + "]";
    }
}
