package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to share a customer's personal data with a third party. {@link #toString()} lists the field
 * types, never their values.
 *
 * @param actor                 who asks (real-name staff or system id)
 * @param customerId            the customer's id in the host system
 * @param purpose               the purpose code (see {@code sharing-policy.tsv})
 * @param recipient             the recipient
 * @param fields                the values requested, by field type
 * @param legalBasis            the legal basis claimed
 * @param destinationCountry    ISO 3166-1 alpha-2 code of where the data goes; {@code CN} for domestic
 * @param securityAssessmentRef the reference of the cross-border security assessment (or other PIPL art. 38
 *                              route) record, or {@code null}
 */
public record SharingRequest(String actor, String customerId, String purpose, Recipient recipient,
                             Map<FieldType, String> fields, LegalBasis legalBasis, String destinationCountry,
                             String securityAssessmentRef) {

    public SharingRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(destinationCountry, "destinationCountry");
        EnumMap<FieldType, String> copy = new EnumMap<>(FieldType.class);
        fields.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "fields key"), Objects.requireNonNull(v, "fields value")));
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    /** Whether the data would leave mainland China. */
    public boolean isCrossBorder() {
        return !destinationCountry.equalsIgnoreCase("CN");
    }

    /** The security-assessment reference, if any. */
    public Optional<String> findSecurityAssessmentRef() {
        return Optional.ofNullable(securityAssessmentRef).filter(s -> !s.isBlank());
    }

    @Override
    public String toString() {
        return "SharingRequest[actor=" + Redaction.code(actor) + ", customer=" + Redaction.personal(customerId)
                + ", purpose=" + Redaction.code(purpose) + ", recipient=" + recipient + ", fields=" + fields.keySet()
                + ", basis=" + legalBasis + ", destination=" + Redaction.code(destinationCountry) + "]";
    }
}
