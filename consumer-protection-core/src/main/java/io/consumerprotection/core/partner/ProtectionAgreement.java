package io.consumerprotection.core.partner;

import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.spi.internal.Redaction;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The consumer-protection agreement with a partner: which kinds of personal data it may receive (seed 001:
 * information only within the cooperation's scope) and which complaint-handling duties it takes on.
 *
 * @param reference       the agreement's reference
 * @param dataScope       the data kinds the partner may receive; empty means none
 * @param complaintDuties the complaint-handling duties (codes such as {@code FORWARD_COMPLAINTS_1_DAY})
 */
public record ProtectionAgreement(String reference, Set<FieldType> dataScope, Set<String> complaintDuties) {

    public ProtectionAgreement {
        Objects.requireNonNull(reference, "reference");
        dataScope = dataScope == null || dataScope.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dataScope));
        complaintDuties = complaintDuties == null ? Set.of() : Set.copyOf(complaintDuties);
    }

    /** The agreement. */
    public static ProtectionAgreement of(String reference, Set<FieldType> dataScope, Set<String> complaintDuties) {
        return new ProtectionAgreement(reference, dataScope, complaintDuties);
    }

    /** No agreement yet (before admission). */
    public static ProtectionAgreement none() {
        return new ProtectionAgreement("", Set.of(), Set.of());
    }

    @Override
    public String toString() {
        return "ProtectionAgreement[" + Redaction.code(reference) + ", dataScope=" + dataScope + ", complaintDuties="
                + Redaction.codes(complaintDuties) + "]";
    }
}
