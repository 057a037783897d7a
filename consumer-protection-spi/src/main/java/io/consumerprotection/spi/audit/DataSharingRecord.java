package io.consumerprotection.spi.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One provision of personal financial information to another party, with the facts the privacy audit
 * rules check: legal basis and consent, the cooperation agreement's scope, cross-border transfer.
 *
 * @param sharingId            the host's id of this provision
 * @param sharedOn             when the data was provided
 * @param recipient            who received it (institution name or code)
 * @param recipientKind        {@code PARTNER} (under a cooperation agreement), {@code GROUP_COMPANY},
 *                             {@code REGULATOR} or {@code JUDICIAL} (legal obligation)
 * @param purpose              the stated purpose
 * @param legalBasis           the legal basis (PIPL art. 13): {@code CONSENT}, {@code CONTRACT},
 *                             {@code LEGAL_OBLIGATION}, …
 * @param consentReference     the customer's consent record; {@code null} when none
 * @param sensitive            whether sensitive personal information (for example financial accounts) was shared
 * @param separateConsent      whether the separate consent for sensitive data (PIPL art. 29) was obtained
 * @param fields               the data fields provided
 * @param agreedFields         the fields the cooperation agreement allows; empty when no agreement is recorded
 * @param destinationCountry   ISO 3166 alpha-2 code of where the recipient processes it; {@code CN} for China mainland
 * @param assessmentReference  the security assessment record for a cross-border transfer; {@code null} when none
 */
public record DataSharingRecord(
        String sharingId,
        LocalDate sharedOn,
        String recipient,
        String recipientKind,
        String purpose,
        String legalBasis,
        String consentReference,
        boolean sensitive,
        boolean separateConsent,
        Set<String> fields,
        Set<String> agreedFields,
        String destinationCountry,
        String assessmentReference) {

    public DataSharingRecord {
        Objects.requireNonNull(sharingId, "sharingId");
        Objects.requireNonNull(sharedOn, "sharedOn");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        recipient = recipient == null ? "" : recipient;
        purpose = purpose == null ? "" : purpose;
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        agreedFields = agreedFields == null ? Set.of() : Set.copyOf(agreedFields);
        destinationCountry = destinationCountry == null || destinationCountry.isBlank() ? "CN" : destinationCountry;
    }

    @Override
    public String toString() {
        return "DataSharingRecord[sharingId=" + Redaction.code(sharingId) + ", sharedOn=" + sharedOn + ", recipient="
                + Redaction.code(recipient) + ", recipientKind=" + Redaction.code(recipientKind) + ", purpose="
                + Redaction.code(purpose) + ", legalBasis=" + Redaction.code(legalBasis) + ", consentReference="
                + Redaction.code(consentReference) + ", sensitive=" + sensitive + ", separateConsent=" + separateConsent
                + ", fields=" + Redaction.codes(fields) + ", agreedFields=" + Redaction.codes(agreedFields)
                + ", destinationCountry=" + Redaction.code(destinationCountry) + ", assessmentReference="
                + Redaction.code(assessmentReference) + "]";
    }
}
