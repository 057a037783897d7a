package io.consumerprotection.spi.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an institution did for consumer protection governance in one year: the facts of the 双查 checklist
 * (seed 001) and of PBoC Order 2020 No. 5 that the audit rules check. One record per institution and year.
 *
 * <p>A {@code null} {@link Boolean} means "not reported": the rule then asks for review instead of failing.
 * An empty list or a {@code null} date means "not done".
 *
 * @param institutionId               the institution (legal entity or branch) the facts belong to
 * @param year                        the year they cover
 * @param legalEntity                 whether the institution is a legal entity with its own board (a branch is not)
 * @param boardCommittee              whether the board has a consumer-protection committee; {@code null} when not reported
 * @param dedicatedDepartment         whether a dedicated consumer-protection department exists; {@code null} when not reported
 * @param boardReports                dates of the consumer-protection work reports to the board in the year
 * @param internalAudits              dates of internal audits of consumer-protection work in the year
 * @param trainingSessionsByStaffLevel consumer-protection training sessions in the year per staff level
 *                                    (for example {@code SENIOR_MANAGEMENT}, {@code MIDDLE_MANAGEMENT}, {@code STAFF})
 * @param emergencyPlanAdopted        when the emergency plan for major complaints and incidents was adopted; {@code null} when none
 * @param complaintDisclosure         when the year's complaint data and analysis were published; {@code null} when not yet
 * @param selfAssessmentSubmitted     when the year's self-assessment was submitted to the PBoC; {@code null} when not yet
 * @param complaintAppraisalIndicators the indicators staff appraisal uses for complaint work (for example
 *                                    {@code TIMELINESS_RATE}, {@code PASS_RATE}, {@code COMPLAINT_COUNT})
 * @param partnerListReviewed         when the list of admitted and exited partner institutions was last reviewed; {@code null} when none is kept
 */
public record GovernanceProfileRecord(
        String institutionId,
        int year,
        boolean legalEntity,
        Boolean boardCommittee,
        Boolean dedicatedDepartment,
        List<LocalDate> boardReports,
        List<LocalDate> internalAudits,
        Map<String, Integer> trainingSessionsByStaffLevel,
        LocalDate emergencyPlanAdopted,
        LocalDate complaintDisclosure,
        LocalDate selfAssessmentSubmitted,
        Set<String> complaintAppraisalIndicators,
        LocalDate partnerListReviewed) {

    public GovernanceProfileRecord {
        Objects.requireNonNull(institutionId, "institutionId");
        boardReports = boardReports == null ? List.of() : List.copyOf(boardReports);
        internalAudits = internalAudits == null ? List.of() : List.copyOf(internalAudits);
        trainingSessionsByStaffLevel = trainingSessionsByStaffLevel == null ? Map.of() : Map.copyOf(trainingSessionsByStaffLevel);
        complaintAppraisalIndicators = complaintAppraisalIndicators == null ? Set.of() : Set.copyOf(complaintAppraisalIndicators);
    }

    /** The subject id of these facts: {@code institutionId/year}. */
    public String subjectId() {
        return institutionId + "/" + year;
    }

    @Override
    public String toString() {
        return "GovernanceProfileRecord[institutionId=" + Redaction.code(institutionId) + ", year=" + year
                + ", legalEntity=" + legalEntity + ", boardCommittee=" + boardCommittee + ", dedicatedDepartment="
                + dedicatedDepartment + ", boardReports=" + boardReports + ", internalAudits=" + internalAudits
                + ", trainingSessionsByStaffLevel=" + Redaction.codes(trainingSessionsByStaffLevel)
                + ", emergencyPlanAdopted=" + emergencyPlanAdopted + ", complaintDisclosure=" + complaintDisclosure
                + ", selfAssessmentSubmitted=" + selfAssessmentSubmitted + ", complaintAppraisalIndicators="
                + Redaction.codes(complaintAppraisalIndicators) + ", partnerListReviewed=" + partnerListReviewed + "]";
    }
}
