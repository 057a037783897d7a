package io.consumerprotection.core.statistics;

/**
 * The figures of one group of complaints in one period.
 *
 * @param complaints             complaints received in the period
 * @param decided                of those, complaints decided (a {@code DECIDED} event) that have a {@code DECISION}
 *                               due date: the base of the on-time rate
 * @param decidedOnTime          of those, decided on or before the due date (decision day in the report's zone)
 * @param satisfactionResponses  complaints with a recorded satisfaction (the last {@code SATISFACTION_RECORDED} counts)
 * @param satisfied              of those, {@code SATISFIED} or {@code BASICALLY_SATISFIED}
 * @param repeats                repeat complaints: a related complaint id, or a {@code REPEAT_MERGED} or {@code MERGED} event
 * @param escalated              complaints with an {@code ESCALATED} event
 * @param regulatorTransferred   complaints whose channel is {@code REGULATOR_TRANSFER} or {@code PBOC_TRANSFER}
 * @param regulatorDecided       of those, decided with a due date
 * @param regulatorDecidedOnTime of those, decided on time
 */
public record ComplaintFigures(long complaints, long decided, long decidedOnTime, long satisfactionResponses,
                               long satisfied, long repeats, long escalated, long regulatorTransferred,
                               long regulatorDecided, long regulatorDecidedOnTime) {

    /** No complaint. */
    public static final ComplaintFigures NONE = new ComplaintFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Decided on time over decided (with a due date). */
    public Rate onTimeRate() {
        return Rate.of(decidedOnTime, decided);
    }

    /** Satisfied or basically satisfied over responses. */
    public Rate satisfactionRate() {
        return Rate.of(satisfied, satisfactionResponses);
    }

    /** Repeat complaints over complaints. */
    public Rate repeatRate() {
        return Rate.of(repeats, complaints);
    }

    /** Escalated complaints over complaints. */
    public Rate escalationRate() {
        return Rate.of(escalated, complaints);
    }

    /** Regulator-transferred complaints decided on time over those decided. */
    public Rate regulatorOnTimeRate() {
        return Rate.of(regulatorDecidedOnTime, regulatorDecided);
    }
}
