package io.consumerprotection.core.audit;

import io.consumerprotection.core.reporting.ReportObligation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * {@code CP-REPORT-001}: a report not submitted by its due date (from the reporting calendar), when the host
 * records submissions. Fails when the due date has passed without a submission, or the submission came after
 * it; not applicable while the due date has not passed and nothing is submitted.
 */
final class ReportDue extends BuiltInRule<ReportObligation> {

    ReportDue() {
        super(SubjectKind.REPORT_OBLIGATION, "CP-REPORT-001", "报告未在报送期限内报送", "Report not submitted by its due date",
                Citation.of("PBoC Order 2020 No. 5 arts 36, 56 (self-assessment by 31 January); seed 000 (按月、半年、年度报送)", "",
                        "A"), Severity.MEDIUM);
    }

    @Override
    public Outcome check(ReportObligation o, AuditContext context) {
        LocalDate due = o.dueDate();
        if (o.submittedAt().isPresent()) {
            LocalDate on = context.dayOf(o.submittedAt().get());
            if (on.isAfter(due)) {
                return Outcome.fail(o.kind().english() + " (" + o.period() + ") due " + due + ", submitted " + on + ": "
                        + BuiltInRule.days(ChronoUnit.DAYS.between(due, on)) + " late",
                        Evidence.of("dueDate", due), Evidence.of("submittedOn", on),
                        Evidence.of("calendar", o.calendarVersion()));
            }
            return Outcome.pass();
        }
        if (context.asOfDate().isAfter(due)) {
            return Outcome.fail(o.kind().english() + " (" + o.period() + ") due " + due + ", not submitted by " + context.asOfDate(), Evidence.of("dueDate", due),
                    Evidence.of("calendar", o.calendarVersion()));
        }
        return Outcome.notApplicable("due " + due + ", not yet submitted");
    }
}
