package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One milestone of one complaint on the evaluation date: its due date, status, the days left and the
 * explanation of how the due date was reached, step by step, each step citing its rule.
 *
 * @param milestone        the milestone name, for example {@link Milestone#DECISION}
 * @param dueDate          the last day, or {@code null} when {@link DeadlineStatus#NOT_STARTED}
 * @param status           the status
 * @param calendarDaysLeft calendar days from the evaluation date to the due date (negative when overdue; 0 when not open)
 * @param workingDaysLeft  working days in (evaluation date, due date] (negative when overdue; 0 when not open)
 * @param endedOn          the date the milestone was met or ended, or {@code null}
 * @param provisional      whether a date involved lies beyond the calendar's data (a projection was used)
 * @param explanation      the steps, in order
 * @param lateExtensions   the timeline sequence numbers of extensions recorded after the due date then in force,
 *                         which the due date ignores (an extension only lengthens a period still running, NFRA
 *                         Order 2020 No. 3 art. 18); empty when there are none
 */
public record MilestoneEvaluation(String milestone, LocalDate dueDate, DeadlineStatus status, int calendarDaysLeft,
                                  int workingDaysLeft, LocalDate endedOn, boolean provisional, List<String> explanation,
                                  List<Integer> lateExtensions) {

    public MilestoneEvaluation {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(status, "status");
        explanation = List.copyOf(explanation);
        lateExtensions = lateExtensions == null ? List.of() : List.copyOf(lateExtensions);
    }

    /** A milestone evaluation without late extensions. */
    public MilestoneEvaluation(String milestone, LocalDate dueDate, DeadlineStatus status, int calendarDaysLeft,
                               int workingDaysLeft, LocalDate endedOn, boolean provisional, List<String> explanation) {
        this(milestone, dueDate, status, calendarDaysLeft, workingDaysLeft, endedOn, provisional, explanation, List.of());
    }

    /** The due date, if the milestone has started. */
    public Optional<LocalDate> findDueDate() {
        return Optional.ofNullable(dueDate);
    }

    @Override
    public String toString() {
        return "MilestoneEvaluation[milestone=" + Redaction.code(milestone) + ", dueDate=" + dueDate + ", status=" + status
                + ", calendarDaysLeft=" + calendarDaysLeft + ", workingDaysLeft=" + workingDaysLeft + ", endedOn=" + endedOn
                + ", provisional=" + provisional + ", explanation=" + explanation.size() + " steps"
                + (lateExtensions.isEmpty() ? "" : ", lateExtensions=" + lateExtensions) + "]";
    }
}
