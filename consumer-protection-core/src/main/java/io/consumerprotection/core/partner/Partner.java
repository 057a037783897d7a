package io.consumerprotection.core.partner;

import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A cooperating institution: its kind, status with the history of why it changed, the consumer-protection
 * agreement, and the periodic evaluations with the day the next is due. Kept through {@link PartnerDirectory}.
 * Immutable.
 *
 * @param id                 the id
 * @param name               the institution's name
 * @param kind               what it does for the bank
 * @param status             the current status (the last of {@code history})
 * @param agreement          the consumer-protection agreement ({@link ProtectionAgreement#none()} before admission)
 * @param admittedOn         the day of admission, or {@code null}
 * @param evaluationInterval the time between periodic evaluations ({@link Period#ZERO} before admission)
 * @param nextEvaluationDue  the day the next evaluation is due, or {@code null}
 * @param history            every status entered, in order
 * @param evaluations        every evaluation, in order
 * @param version            the stored version
 */
public record Partner(PartnerId id, String name, PartnerKind kind, PartnerStatus status, ProtectionAgreement agreement,
                      LocalDate admittedOn, Period evaluationInterval, LocalDate nextEvaluationDue,
                      List<PartnerStatusChange> history, List<PartnerEvaluation> evaluations, long version) {

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(agreement, "agreement");
        evaluationInterval = evaluationInterval == null ? Period.ZERO : evaluationInterval;
        history = history == null ? List.of() : List.copyOf(history);
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }

    /** The status in force at {@code at}: the last one entered at or before it, if any. */
    public Optional<PartnerStatus> statusAt(Instant at) {
        Objects.requireNonNull(at, "at");
        PartnerStatus found = null;
        for (PartnerStatusChange c : history) {
            if (!c.at().isAfter(at)) {
                found = c.status();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the partner may sell or receive data now. */
    public boolean mayOperate() {
        return status.mayOperate();
    }

    /** The data kinds of {@code fields} outside the agreement's data scope (empty when all are inside). */
    public Set<FieldType> outsideScope(Set<FieldType> fields) {
        return fields.stream().filter(f -> !agreement.dataScope().contains(f))
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(FieldType.class)));
    }

    /** The day the next evaluation is due, if one is scheduled. */
    public Optional<LocalDate> findNextEvaluationDue() {
        return Optional.ofNullable(nextEvaluationDue);
    }

    /** The latest evaluation, if any. */
    public Optional<PartnerEvaluation> findLatestEvaluation() {
        return evaluations.isEmpty() ? Optional.empty() : Optional.of(evaluations.get(evaluations.size() - 1));
    }

    @Override
    public String toString() {
        return "Partner[id=" + id + ", name=" + Redaction.text(name) + ", kind=" + kind + ", status=" + status
                + ", agreement=" + agreement + ", nextEvaluationDue=" + nextEvaluationDue + ", history=" + history.size()
                + ", evaluations=" + evaluations.size() + ", version=" + version + "]";
    }
}
