package io.consumerprotection.spi.partner;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cooperating institution (insurer, fund company, payment or data partner, collection agency) as stored: its
 * status and the history of it, the consumer-protection agreement (data scope, complaint-handling duties) and
 * the evaluations.
 *
 * @param id                      an id unique in the registry
 * @param name                    the institution's name (an organisation, not a person)
 * @param kind                    {@code INSURER}, {@code FUND_COMPANY}, {@code PAYMENT}, {@code DATA},
 *                                {@code COLLECTION_AGENCY} or {@code OTHER}
 * @param status                  the current status (the last of {@code history})
 * @param agreementRef            the consumer-protection agreement's reference; empty before admission
 * @param dataScope               the data kinds the agreement lets the partner receive (field type names)
 * @param complaintDuties         the complaint-handling duties the agreement names (codes)
 * @param admittedOn              the day of admission, or {@code null}
 * @param evaluationIntervalMonths months between periodic evaluations (0 before admission)
 * @param nextEvaluationDue       the day the next evaluation is due, or {@code null}
 * @param history                 every status entered, in order
 * @param evaluations             every evaluation, in order
 * @param version                 the stored version: 1 after the first save, one more after each
 */
public record PartnerRecord(String id, String name, String kind, String status, String agreementRef, Set<String> dataScope,
                            Set<String> complaintDuties, LocalDate admittedOn, int evaluationIntervalMonths,
                            LocalDate nextEvaluationDue, List<PartnerStatusRecord> history,
                            List<PartnerEvaluationRecord> evaluations, long version) {

    public PartnerRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        agreementRef = agreementRef == null ? "" : agreementRef;
        dataScope = dataScope == null ? Set.of() : Set.copyOf(dataScope);
        complaintDuties = complaintDuties == null ? Set.of() : Set.copyOf(complaintDuties);
        history = history == null ? List.of() : List.copyOf(history);
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }

    /** This record with another version. */
    public PartnerRecord withVersion(long newVersion) {
        return new PartnerRecord(id, name, kind, status, agreementRef, dataScope, complaintDuties, admittedOn,
                evaluationIntervalMonths, nextEvaluationDue, history, evaluations, newVersion);
    }

    @Override
    public String toString() {
        return "PartnerRecord[id=" + Redaction.code(id) + ", name=" + Redaction.text(name) + ", kind=" + Redaction.code(kind)
                + ", status=" + Redaction.code(status) + ", agreementRef=" + Redaction.code(agreementRef) + ", dataScope="
                + Redaction.codes(dataScope) + ", admittedOn=" + admittedOn + ", nextEvaluationDue=" + nextEvaluationDue
                + ", history=" + history.size() + ", evaluations=" + evaluations.size() + ", version=" + version + "]";
    }
}
