package io.consumerprotection.spi.appraisal;

import java.time.LocalDate;
import java.util.List;

/**
 * The host's facts about a unit in a period that appraisal scorecards read: training, education
 * activities, inspections, public-opinion events and penalties. Complaint indicators are not here: they
 * come from complaint statistics.
 *
 * @implSpec Implementations are thread-safe. Every method returns the records of exactly that unit whose
 * {@code date} lies in {@code [from, to]} (both days included), ordered by date then id, as an immutable
 * list, empty when there is none, never {@code null}. Arguments are never {@code null} (implementations may
 * throw {@link NullPointerException}); {@code from} after {@code to} throws
 * {@link IllegalArgumentException}. The contract tests in
 * {@code io.consumerprotection.spi.contract.AppraisalFactsSourceContractTest} check it.
 */
public interface AppraisalFactsSource {

    /** Training sessions of the unit's staff in the period. */
    List<TrainingRecord> trainings(String unitId, LocalDate from, LocalDate to);

    /** Education and outreach activities the unit held in the period. */
    List<EducationActivityRecord> educationActivities(String unitId, LocalDate from, LocalDate to);

    /** Inspections of the unit whose findings were issued in the period. */
    List<InspectionRecord> inspections(String unitId, LocalDate from, LocalDate to);

    /** Public-opinion events about the unit that started in the period. */
    List<PublicOpinionEventRecord> publicOpinionEvents(String unitId, LocalDate from, LocalDate to);

    /** Regulatory penalties imposed on the unit in the period. */
    List<PenaltyRecord> penalties(String unitId, LocalDate from, LocalDate to);
}
