package io.consumerprotection.core.audit;

import io.consumerprotection.core.privacy.DataIncident;
import io.consumerprotection.core.privacy.DutyStatus;
import io.consumerprotection.core.privacy.IncidentClock;
import io.consumerprotection.core.privacy.IncidentDue;
import io.consumerprotection.core.privacy.IncidentDuty;
import io.consumerprotection.core.privacy.IncidentPolicy;
import java.util.List;
import java.util.Objects;

/**
 * The rules over personal-data incidents (subject {@code DATA_INCIDENT}, PBoC Order 2020 No. 5 art. 34): reported
 * late or not at all, consumers not told, no cause or no rectification item. Each reads the incident's clock
 * ({@link IncidentClock}) at the run's reference instant.
 */
final class IncidentRules {

    private IncidentRules() {
    }

    /** The incident rules under {@code policy}. */
    static List<Rule<?>> all(IncidentPolicy policy) {
        IncidentClock clock = IncidentClock.of(policy);
        return List.of(new ReportedLate(clock), new NotNotified(clock), new NoCauseOrRectification(clock));
    }

    static final class ReportedLate extends BuiltInRule<DataIncident> {
        private final IncidentClock clock;

        ReportedLate(IncidentClock clock) {
            super(SubjectKind.DATA_INCIDENT, "CP-PRIVACY-005", "个人金融信息泄露事件未按时报告监管",
                    "Personal-data incident reported to the regulator late or not at all", Citations.pboc("art. 34"),
                    Severity.HIGH);
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        @Override
        public Outcome check(DataIncident i, AuditContext context) {
            IncidentDue due = clock.evaluate(i, IncidentDuty.REPORT_REGULATOR, context.asOf());
            return switch (due.status()) {
                case MET -> Outcome.pass();
                case MET_LATE -> Outcome.fail("reported to the regulator by " + due.dueAt() + "; reported " + due.metAt(),
                        Evidence.of("discoveredAt", i.discoveredAt()), Evidence.of("dueAt", due.dueAt()),
                        Evidence.of("reportedAt", due.metAt()), Evidence.of("mayEndangerSafety", i.mayEndangerSafety()));
                case OVERDUE -> Outcome.fail("reported to the regulator by " + due.dueAt() + "; not reported",
                        Evidence.of("discoveredAt", i.discoveredAt()), Evidence.of("dueAt", due.dueAt()),
                        Evidence.of("mayEndangerSafety", i.mayEndangerSafety()));
                default -> Outcome.notApplicable("the report is due by " + due.dueAt() + " (" + due.status() + ")");
            };
        }
    }

    static final class NotNotified extends BuiltInRule<DataIncident> {
        private final IncidentClock clock;

        NotNotified(IncidentClock clock) {
            super(SubjectKind.DATA_INCIDENT, "CP-PRIVACY-006", "个人金融信息泄露事件未告知受影响消费者",
                    "Consumers affected by a personal-data incident not told (in time)", Citations.pboc("art. 34"),
                    Severity.HIGH);
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        @Override
        public Outcome check(DataIncident i, AuditContext context) {
            IncidentDue due = clock.evaluate(i, IncidentDuty.NOTIFY_CONSUMERS, context.asOf());
            if (due.status() == DutyStatus.OVERDUE) {
                return Outcome.fail("the " + i.affected().count() + " affected consumers are told by " + due.dueAt()
                        + "; none was told", Evidence.of("dueAt", due.dueAt()),
                        Evidence.of("affectedCount", i.affected().count()), Evidence.of("notifiedCount", 0));
            }
            if (due.status() == DutyStatus.MET_LATE) {
                return Outcome.fail("consumers are told by " + due.dueAt() + "; first told " + due.metAt(),
                        Evidence.of("dueAt", due.dueAt()), Evidence.of("notifiedAt", due.metAt()));
            }
            if (due.status() == DutyStatus.MET) {
                if (i.notifiedCount() < i.affected().count()) {
                    return Outcome.needsReview("told " + i.notifiedCount() + " of " + i.affected().count()
                            + " affected consumers", Evidence.of("affectedCount", i.affected().count()),
                            Evidence.of("notifiedCount", i.notifiedCount()));
                }
                return Outcome.pass();
            }
            return Outcome.notApplicable("consumers are told by " + due.dueAt() + " (" + due.status() + ")");
        }
    }

    static final class NoCauseOrRectification extends BuiltInRule<DataIncident> {
        private final IncidentClock clock;

        NoCauseOrRectification(IncidentClock clock) {
            super(SubjectKind.DATA_INCIDENT, "CP-PRIVACY-007", "个人金融信息泄露事件未查明原因或未整改",
                    "Personal-data incident without a cause or a rectification item",
                    Citation.of("PBoC Order 2020 No. 5 art. 34 (补救措施); seed 003 (防范数据泄露)", "", "B"), Severity.MEDIUM);
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        @Override
        public Outcome check(DataIncident i, AuditContext context) {
            boolean noCause = i.findCause().isEmpty();
            boolean noItem = i.findRectificationRef().isEmpty();
            if (!noCause && !noItem) {
                return Outcome.pass();
            }
            String missing = noCause && noItem ? "no cause and no rectification item" : noCause ? "no cause" : "no rectification item";
            if (i.isClosed()) {
                return Outcome.fail("an incident is closed with its cause found and a rectification item; " + missing,
                        Evidence.of("cause", noCause ? "" : "recorded"), Evidence.of("rectificationRef", i.rectificationRef()));
            }
            IncidentDue report = clock.evaluate(i, IncidentDuty.REPORT_REGULATOR, context.asOf());
            IncidentDue notify = clock.evaluate(i, IncidentDuty.NOTIFY_CONSUMERS, context.asOf());
            java.time.Instant last = report.dueAt().isAfter(notify.dueAt()) ? report.dueAt() : notify.dueAt();
            if (context.asOf().isAfter(last)) {
                return Outcome.needsReview("open past its last duty (" + last + ") with " + missing,
                        Evidence.of("discoveredAt", i.discoveredAt()), Evidence.of("rectificationRef", i.rectificationRef()));
            }
            return Outcome.notApplicable("open, within its duties' terms (until " + last + ")");
        }
    }
}
