package io.consumerprotection.core.audit;

import static io.consumerprotection.core.deadline.Milestone.CONTACT;
import static io.consumerprotection.core.deadline.Milestone.DECISION;
import static io.consumerprotection.core.deadline.Milestone.PLAN;
import static io.consumerprotection.core.deadline.Milestone.RESOLVE;
import static io.consumerprotection.core.deadline.Milestone.REVIEW;

import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.internal.audit.IsoText;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in complaint rules (subject {@link SubjectKind#COMPLAINT}). They read the stored record through
 * the subject's index (codes, event types, the types present) and build no complaint aggregate.
 */
final class ComplaintRules {

    private ComplaintRules() {
    }

    /** Every built-in complaint rule, in id order. */
    static List<Rule<?>> all() {
        return List.of(
                new MilestoneRule("CP-COMPLAINT-001", "投诉处理超过办理时限", "Complaint decided after the policy's due date",
                        Citations.nfra("art. 18"), Severity.HIGH, DECISION, ComplaintEventType.DECIDED, "decided", false),
                new ExtensionApproval(),
                new ExtensionNotice(),
                new PauseNotice(),
                new MilestoneRule("CP-COMPLAINT-005", "核查超过时限", "Review of a branch's decision decided late",
                        Citations.nfra("art. 20"), Severity.HIGH, REVIEW, ComplaintEventType.REVIEWED, "reviewed", false),
                new MilestoneRule("CP-COMPLAINT-006", "监管转办投诉超时办结", "Regulator- or PBoC-transferred complaint answered late",
                        Citation.of("NFRA Order 2020 No. 3 / PBoC Order 2020 No. 5", "art. 33 / art. 43", "A"),
                        Severity.CRITICAL, DECISION, ComplaintEventType.DECIDED, "decided", true),
                new MilestoneRule("CP-COMPLAINT-007", "未在3个工作日内联系客户", "Customer not contacted within the 3-5-10 standard",
                        Citations.seed("Internal 3-5-10 handling standard (seeds)"), Severity.MEDIUM, CONTACT,
                        ComplaintEventType.CUSTOMER_CONTACTED, "contacted", false),
                new MilestoneRule("CP-COMPLAINT-008", "未在5个工作日内提出初步方案", "No initial plan within the 3-5-10 standard",
                        Citations.seed("Internal 3-5-10 handling standard (seeds)"), Severity.MEDIUM, PLAN,
                        ComplaintEventType.PLAN_PROPOSED, "plan proposed", false),
                new MilestoneRule("CP-COMPLAINT-009", "未在10个工作日内实质办结", "Not substantially resolved within the 3-5-10 standard",
                        Citations.seed("Internal 3-5-10 handling standard (seeds)"), Severity.LOW, RESOLVE,
                        ComplaintEventType.DECIDED, "decided", false),
                new ClassificationRule(),
                new FirstContactHandler(),
                new HandOverRecord(),
                new DecisionRemedies(),
                new SatisfactionRecorded(),
                new RepeatLinked(),
                new MajorComplaintAlert(),
                new NarrativePersonalData(),
                new NarrativeC3(),
                new LateExtension(),
                new RegulatorFeedback());
    }

    static Evidence eventEvidence(TimelineEventRecord e) {
        return new Evidence("timeline[" + e.sequence() + "]." + e.type() + ".at", IsoText.of(e.at()));
    }

    /** {@code ChronoUnit.DAYS.between(from, to)} for dates, without the generic temporal path. */
    static long daysBetween(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A milestone due date against the event that ends it (decision, review, contact, plan). */
    static final class MilestoneRule extends BuiltInRule<ComplaintSubject> {

        private final String milestone;
        private final String dueField;
        private final ComplaintEventType ends;
        private final String verb;
        private final boolean transferredOnly;
        private final Outcome notTransferred;
        private final Outcome noMilestone;
        private final Outcome endedWithout;
        private final Outcome notDueYet;
        private final Outcome noReview = Outcome.notApplicable("no review requested");

        MilestoneRule(String id, String zh, String en, Citation citation, Severity severity, String milestone,
                      ComplaintEventType ends, String verb, boolean transferredOnly) {
            super(SubjectKind.COMPLAINT, id, zh, en, citation, severity);
            this.milestone = milestone;
            this.dueField = "dueDate." + milestone;
            this.ends = ends;
            this.verb = verb;
            this.transferredOnly = transferredOnly;
            this.notTransferred = Outcome.notApplicable("not transferred by a regulator");
            this.noMilestone = Outcome.notApplicable("the policy in force has no " + milestone + " milestone");
            this.endedWithout = Outcome.notApplicable("handling ended (declined, withdrawn or merged) without being " + verb);
            this.notDueYet = Outcome.notApplicable(milestone + " not due yet and not " + verb);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            if (transferredOnly && !subject.channel().isRegulatorTransferred()) {
                return notTransferred;
            }
            if (milestone.equals(REVIEW) && subject.first(ComplaintEventType.REVIEW_REQUESTED) == null) {
                return noReview;
            }
            TimelineEventRecord done = subject.first(ends);
            ComplaintStatus status = subject.status();
            if (done == null && (status.isTerminal() && status != ComplaintStatus.CLOSED)) {
                return endedWithout;
            }
            Optional<DueDate> found;
            try {
                found = subject.findDue(milestone, context);
            } catch (ConsumerProtectionException e) {
                return Outcome.needsReview("the deadline engine cannot time this complaint (" + e.code() + ")",
                        Evidence.of("channel", subject.channel()), Evidence.of("status", status));
            }
            if (found.isEmpty()) {
                if (milestone.equals(DECISION) || milestone.equals(REVIEW)) {
                    return Outcome.needsReview("no " + milestone + " due date: the deadline engine has no answer for this complaint",
                            Evidence.of("channel", subject.channel()), Evidence.of("status", status));
                }
                return noMilestone;
            }
            DueDate due = found.get();
            // The evidence and message are built only for a failure (in methods of their own, so that the
            // compiled check stays small): most complaints pass.
            if (done != null) {
                LocalDate day = context.dayOf(done.at());
                long late = daysBetween(due.date(), day);
                return late > 0 ? late(due, done, day, late) : due.provisional() ? provisionalPass(due) : Outcome.pass();
            }
            long overdue = daysBetween(due.date(), context.asOfDate());
            return overdue > 0 ? overdue(due, context.asOfDate(), overdue, status)
                    : due.provisional() ? provisionalNotDue(due) : notDueYet;
        }

        private Outcome provisionalPass(DueDate due) {
            String cite = due.cite();
            return Outcome.pass("due " + cite + ": " + verb + " in time on a PROVISIONAL due date (the calendar's"
                    + " data ends before it; load the next State Council notice with calendar import-notice)",
                    dueEvidence(cite), policyEvidence(due));
        }

        private Outcome provisionalNotDue(DueDate due) {
            return Outcome.notApplicable(milestone + " not due yet and not " + verb + "; PROVISIONAL due date "
                    + due.cite() + " (the calendar's data ends before it; load the next State Council notice with"
                    + " calendar import-notice)");
        }

        private Outcome late(DueDate due, TimelineEventRecord done, LocalDate day, long late) {
            String cite = due.cite();
            return Outcome.fail("due " + cite + ", " + verb + " " + IsoText.of(day) + ": " + days(late) + " late",
                    dueEvidence(cite), policyEvidence(due), eventEvidence(done));
        }

        private Outcome overdue(DueDate due, LocalDate asOf, long overdue, ComplaintStatus status) {
            String cite = due.cite();
            return Outcome.fail("due " + cite + ", not " + verb + " by " + IsoText.of(asOf) + ": " + days(overdue) + " overdue",
                    dueEvidence(cite), policyEvidence(due), Evidence.of("status", status));
        }

        private Evidence dueEvidence(String cite) {
            return new Evidence(dueField, cite);
        }

        private static Evidence policyEvidence(DueDate due) {
            return new Evidence("policy", due.policyWithVersion());
        }
    }

    /** Extensions to 60 days need an approver (art. 18). */
    static final class ExtensionApproval extends BuiltInRule<ComplaintSubject> {
        ExtensionApproval() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-002", "延长至60日未经上级机构或总行高管批准",
                    "Extended to 60 days without an approver", Citations.nfra("art. 18"), Severity.HIGH);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            return checkVeryComplexExtensions(subject, EventDetail.APPROVER,
                    "an approver (superior body or head-office senior manager)");
        }
    }

    /** Extensions to 60 days must be told to the complainant (art. 18). */
    static final class ExtensionNotice extends BuiltInRule<ComplaintSubject> {
        ExtensionNotice() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-003", "延长至60日未告知投诉人",
                    "Extended to 60 days without notice to the complainant", Citations.nfra("art. 18"), Severity.HIGH);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            return checkVeryComplexExtensions(subject, EventDetail.NOTICE_METHOD,
                    "a notice to the complainant");
        }
    }

    static Outcome checkVeryComplexExtensions(ComplaintSubject subject, String detail, String expected) {
        boolean any = false;
        for (int i = subject.next(ComplaintEventType.EXTENDED, 0); i >= 0; i = subject.next(ComplaintEventType.EXTENDED, i + 1)) {
            TimelineEventRecord e = subject.event(i);
            if (HandlingTier.VERY_COMPLEX.name().equals(e.details().get(EventDetail.TIER))) {
                any = true;
                if (isBlank(e.details().get(detail))) {
                    return Outcome.fail("extension to 60 days needs " + expected + "; event " + e.sequence()
                            + " at " + IsoText.of(e.at()) + " records none", eventEvidence(e),
                            new Evidence("timeline[" + e.sequence() + "].EXTENDED." + detail, ""));
                }
            }
        }
        return any ? Outcome.pass() : NOT_EXTENDED;
    }

    private static final Outcome NOT_EXTENDED = Outcome.notApplicable("not extended to 60 days");

    /** A pause must be told to the complainant (arts 18, 23). */
    static final class PauseNotice extends BuiltInRule<ComplaintSubject> {
        private static final Outcome NOT_PAUSED = Outcome.notApplicable("never paused");

        PauseNotice() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-004", "中止办理未告知投诉人", "Paused without notice to the complainant",
                    Citations.nfra("arts 18, 23"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            if (subject.first(ComplaintEventType.PAUSED) == null) {
                return NOT_PAUSED;
            }
            for (int i = subject.next(ComplaintEventType.PAUSED, 0); i >= 0; i = subject.next(ComplaintEventType.PAUSED, i + 1)) {
                TimelineEventRecord e = subject.event(i);
                if (isBlank(e.details().get(EventDetail.NOTICE_METHOD))) {
                    return Outcome.fail("a pause (" + e.details().getOrDefault(EventDetail.PAUSE_REASON, "no reason")
                            + ") must be told to the complainant; event " + e.sequence() + " records no notice",
                            eventEvidence(e));
                }
            }
            return Outcome.pass();
        }
    }

    /**
     * An extension recorded after the decision's due date (art. 18): it lengthens nothing, the original due
     * date stands (CP-COMPLAINT-001 measures against it), and the late extension is a finding of its own.
     */
    static final class LateExtension extends BuiltInRule<ComplaintSubject> {
        private static final Outcome NOT_EXTENDED = Outcome.notApplicable("never extended");

        LateExtension() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-020", "超期后延长处理期限",
                    "Period extended after its due date", Citations.nfra("art. 18"), Severity.HIGH);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            if (subject.first(ComplaintEventType.EXTENDED) == null) {
                return NOT_EXTENDED;
            }
            Optional<DueDate> found;
            try {
                found = subject.findDue(DECISION, context);
            } catch (ConsumerProtectionException e) {
                return Outcome.needsReview("the deadline engine cannot time this complaint (" + e.code() + ")",
                        Evidence.of("channel", subject.channel()), Evidence.of("status", subject.status()));
            }
            if (found.isEmpty()) {
                return Outcome.needsReview("no DECISION due date: the deadline engine has no answer for this complaint",
                        Evidence.of("channel", subject.channel()), Evidence.of("status", subject.status()));
            }
            DueDate due = found.get();
            if (due.lateExtensions().isEmpty()) {
                return Outcome.pass();
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(new Evidence("dueDate." + DECISION, due.cite()));
            List<String> late = new ArrayList<>();
            for (int i = subject.next(ComplaintEventType.EXTENDED, 0); i >= 0; i = subject.next(ComplaintEventType.EXTENDED, i + 1)) {
                TimelineEventRecord e = subject.event(i);
                if (due.lateExtensions().contains(e.sequence())) {
                    late.add(e.details().getOrDefault(EventDetail.TIER, "?") + " on " + IsoText.of(context.dayOf(e.at())));
                    evidence.add(eventEvidence(e));
                }
            }
            return Outcome.fail("extended after the due date " + due.cite() + ": " + String.join(", ", late)
                    + "; an extension only lengthens a period still running, the due date stays", evidence.toArray(Evidence[]::new));
        }
    }

    /**
     * The feedback on the outcome to the regulator that forwarded a complaint, by the day the regulator set
     * (art. 33; the day is kept on the receipt, {@code regulatorFeedbackDue}).
     */
    static final class RegulatorFeedback extends BuiltInRule<ComplaintSubject> {
        private static final Outcome NO_DAY = Outcome.notApplicable("not forwarded by a regulator, or no feedback day set");
        private static final Outcome NOT_DUE = Outcome.notApplicable("feedback not due yet");

        RegulatorFeedback() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-021", "监管转办投诉未按期反馈处理结果",
                    "Forwarded complaint without feedback to the regulator by its day", Citations.nfra("art. 33"),
                    Severity.HIGH);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            if (!subject.channel().isRegulatorTransferred()) {
                return NO_DAY;
            }
            String text = subject.event(0).details().get(EventDetail.REGULATOR_FEEDBACK_DUE);
            if (text == null) {
                return NO_DAY;
            }
            LocalDate due;
            try {
                due = LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                return Outcome.needsReview("the regulator's feedback day is not a date",
                        new Evidence("timeline[1].details." + EventDetail.REGULATOR_FEEDBACK_DUE, text));
            }
            Evidence dueEvidence = new Evidence("regulatorFeedbackDue", IsoText.of(due));
            TimelineEventRecord fed = subject.first(ComplaintEventType.REGULATOR_FEEDBACK);
            if (fed != null) {
                LocalDate day = context.dayOf(fed.at());
                long late = daysBetween(due, day);
                return late > 0 ? Outcome.fail("feedback due " + IsoText.of(due) + ", given " + IsoText.of(day) + ": "
                        + days(late) + " late", dueEvidence, eventEvidence(fed)) : Outcome.pass();
            }
            long overdue = daysBetween(due, context.asOfDate());
            return overdue > 0 ? Outcome.fail("feedback due " + IsoText.of(due) + ", none by " + IsoText.of(context.asOfDate())
                    + ": " + days(overdue) + " overdue", dueEvidence, Evidence.of("status", subject.status())) : NOT_DUE;
        }
    }

    /** Decided complaints are classified under the scheme in force (PBoC art. 36; JR/T 0169). */
    static final class ClassificationRule extends BuiltInRule<ComplaintSubject> {
        private static final Outcome NOT_DECIDED = Outcome.notApplicable("not decided yet");

        ClassificationRule() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-010", "投诉分类缺失或不符合现行分类标准",
                    "Classification missing or invalid for the scheme in force",
                    Citation.of("PBoC Order 2020 No. 5 art. 36; JR/T 0169-2018", "", "A"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            if (subject.first(ComplaintEventType.DECIDED) == null) {
                return NOT_DECIDED;
            }
            List<String> problems = context.classification().problems(subject);
            if (problems.isEmpty()) {
                return Outcome.pass();
            }
            return Outcome.fail("a decided complaint is classified under " + context.classification().version()
                    + "; found: " + String.join("; ", problems), Evidence.of("classification", new java.util.TreeMap<>(subject.record().classification())));
        }
    }

    /** Every complaint has a first-contact handler (首问负责). */
    static final class FirstContactHandler extends BuiltInRule<ComplaintSubject> {
        private static final Outcome MERGED = Outcome.notApplicable("merged into another complaint, whose handler is responsible");

        FirstContactHandler() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-011", "未落实首问负责人", "No first-contact handler",
                    Citation.of("CBIRC notice on complaint handling (2022); consumer-protection implementing regulation (2024)",
                            "art. 44", "B"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            if (subject.status() == ComplaintStatus.MERGED) {
                return MERGED;
            }
            if (isBlank(subject.record().firstContactHandler())) {
                return Outcome.fail("a first-contact handler is named at intake; none is recorded",
                        new Evidence("firstContactHandler", ""));
            }
            return Outcome.pass();
        }
    }

    /** Every change of handler is a recorded hand-over (register, art. 28). */
    static final class HandOverRecord extends BuiltInRule<ComplaintSubject> {
        private static final Outcome NEVER_ASSIGNED = Outcome.notApplicable("never assigned to a handler");

        HandOverRecord() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-012", "转办交接无记录", "Hand-over without a record",
                    Citations.nfra("art. 28"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            String current = subject.record().currentHandler();
            String handler = null;
            boolean assigned = false;
            for (int i = 0; i < subject.eventCount(); i++) {
                ComplaintEventType type = subject.eventType(i);
                if (type == ComplaintEventType.ASSIGNED) {
                    assigned = true;
                    handler = subject.event(i).details().get(EventDetail.HANDLER);
                } else if (type == ComplaintEventType.HANDED_OVER) {
                    TimelineEventRecord e = subject.event(i);
                    String from = e.details().get(EventDetail.FROM_HANDLER);
                    if (isBlank(e.reason()) || isBlank(e.details().get(EventDetail.HANDLER))
                            || (handler != null && !handler.equals(from))) {
                        return Outcome.fail("a hand-over records the previous handler, the new handler and the reason; event "
                                + e.sequence() + " records from=" + from + ", previous handler " + handler
                                + (isBlank(e.reason()) ? ", no reason" : ""), eventEvidence(e));
                    }
                    handler = e.details().get(EventDetail.HANDLER);
                }
            }
            if (!assigned && current == null) {
                return NEVER_ASSIGNED;
            }
            if (current != null && !current.equals(handler)) {
                return Outcome.fail("the current handler follows from the recorded assignments and hand-overs ("
                        + handler + "); the complaint is with " + current + " without a hand-over record",
                        Evidence.of("currentHandler", current), Evidence.of("recordedHandler", handler));
            }
            return Outcome.pass();
        }
    }

    /** A decision notice states the remedies (art. 19). */
    static final class DecisionRemedies extends BuiltInRule<ComplaintSubject> {
        private static final Outcome NO_DECISION = Outcome.notApplicable("no decision notice yet");

        DecisionRemedies() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-013", "处理决定告知书未载明救济途径", "Decision notice without the remedies",
                    Citations.nfra("art. 19"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            boolean any = false;
            for (int i = 0; i < subject.eventCount(); i++) {
                ComplaintEventType type = subject.eventType(i);
                if (type == ComplaintEventType.DECIDED || type == ComplaintEventType.REVIEWED) {
                    TimelineEventRecord e = subject.event(i);
                    any = true;
                    if (isBlank(e.details().get(EventDetail.REMEDIES))) {
                        return Outcome.fail("the notice states the remedies (review, mediation, arbitration, litigation); event "
                                + e.sequence() + " (" + e.type() + ") states none", eventEvidence(e),
                                new Evidence("timeline[" + e.sequence() + "]." + e.type() + ".remedies", ""));
                    }
                }
            }
            return any ? Outcome.pass() : NO_DECISION;
        }
    }

    /** The complainant's satisfaction is recorded after the decision. */
    static final class SatisfactionRecorded extends BuiltInRule<ComplaintSubject> {
        private static final Outcome NO_DECISION = Outcome.notApplicable("not decided");

        SatisfactionRecorded() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-014", "处理决定后未记录满意度", "No satisfaction recorded after the decision",
                    Citations.seed("seed 003 (customer satisfaction in the appraisal)"), Severity.LOW);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            TimelineEventRecord decided = subject.first(ComplaintEventType.DECIDED);
            if (decided == null) {
                return NO_DECISION;
            }
            if (subject.first(ComplaintEventType.SATISFACTION_RECORDED) != null) {
                return Outcome.pass();
            }
            LocalDate day = context.dayOf(decided.at());
            long since = daysBetween(day, context.asOfDate());
            int grace = context.parameters().satisfactionGraceDays();
            if (since <= grace) {
                return Outcome.notApplicable("decided " + IsoText.of(day) + ", within the " + grace + "-day grace period");
            }
            return Outcome.fail("satisfaction is recorded within " + grace + " days of the decision; decided " + IsoText.of(day)
                    + ", none recorded after " + days(since), eventEvidence(decided));
        }
    }

    /** A repeat of an open complaint on the same matter is merged or linked (art. 18). */
    static final class RepeatLinked extends BuiltInRule<ComplaintSubject> {
        private static final Outcome NO_EARLIER = Outcome.notApplicable("no earlier open complaint on the same matter");

        RepeatLinked() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-015", "重复投诉未合并或关联", "Repeat complaint not linked",
                    Citations.nfra("art. 18"), Severity.LOW);
        }

        @Override
        public boolean readsEarlierComplaints() {
            return true;
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            if (subject.record().relatedComplaintId() != null) {
                return Outcome.pass();
            }
            if (subject.earlierOnSameMatter() == null) {
                return NO_EARLIER;
            }
            String earlier = subject.earlierOnSameMatter().value();
            for (int i = 0; i < subject.eventCount(); i++) {
                ComplaintEventType type = subject.eventType(i);
                if ((type == ComplaintEventType.MERGED || type == ComplaintEventType.REPEAT_MERGED)
                        && earlier.equals(subject.event(i).details().get(EventDetail.RELATED_COMPLAINT))) {
                    return Outcome.pass();
                }
            }
            return Outcome.fail("complaint " + earlier + " by the same complainant on the same business category was still open when this one arrived; "
                    + "a repeat is merged or linked, this one is not", Evidence.of("earlierOnSameMatter", earlier),
                    Evidence.of("receivedAt", subject.record().receivedAt()));
        }
    }

    /** A major complaint raises the major-complaint alert (art. 29). */
    static final class MajorComplaintAlert extends BuiltInRule<ComplaintSubject> {
        private static final Outcome NOT_MAJOR = Outcome.notApplicable("never major");

        MajorComplaintAlert() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-016", "重大投诉未按应急预案报告", "Major complaint without the major-complaint alert",
                    Citations.nfra("art. 29"), Severity.HIGH);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            boolean major = subject.level() == ComplaintLevel.MAJOR;
            for (int i = 0; i < subject.eventCount(); i++) {
                TimelineEventRecord e = subject.event(i);
                if (ComplaintLevel.MAJOR.name().equals(e.details().get(EventDetail.LEVEL))) {
                    major = true;
                }
                if (subject.eventType(i) == ComplaintEventType.NOTIFIED
                        && "MAJOR_COMPLAINT_ALERT".equals(e.details().get(EventDetail.NOTIFICATION_KIND))) {
                    return Outcome.pass();
                }
            }
            if (!major) {
                return NOT_MAJOR;
            }
            Optional<Boolean> sent = context.alerts().majorComplaintAlertSent(subject.id());
            if (sent.isEmpty()) {
                return Outcome.needsReview("a major complaint raises the major-complaint alert; the timeline records none and no "
                        + "alert evidence source could tell", Evidence.of("level", subject.level()));
            }
            if (sent.get()) {
                return Outcome.pass();
            }
            return Outcome.fail("a major complaint raises the major-complaint alert; the host's notification log has none",
                    Evidence.of("level", subject.level()), Evidence.of("alertSent", false));
        }
    }

    /** The narrative and request hold no unmasked personal data. */
    static final class NarrativePersonalData extends BuiltInRule<ComplaintSubject> {
        NarrativePersonalData() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-017", "投诉内容含未脱敏个人金融信息",
                    "Narrative holding unmasked personal data", Citation.of("PIPL art. 6; JR/T 0171-2020", "", "B"),
                    Severity.MEDIUM);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            return inspect(subject, context, false);
        }
    }

    /** The narrative and request hold no C3 data at all. */
    static final class NarrativeC3 extends BuiltInRule<ComplaintSubject> {
        NarrativeC3() {
            super(SubjectKind.COMPLAINT, "CP-COMPLAINT-018", "投诉内容含C3类鉴别信息", "Narrative holding C3 authentication data",
                    Citation.of("JR/T 0171-2020 (C3 never kept in the clear)", "", "B"), Severity.CRITICAL);
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            return inspect(subject, context, true);
        }
    }

    private static final Outcome NO_TEXT = Outcome.notApplicable("no narrative or request text");

    static Outcome inspect(ComplaintSubject subject, AuditContext context, boolean c3) {
        if (subject.narrative().isEmpty() && subject.request().isEmpty()) {
            return NO_TEXT;
        }
        List<Evidence> evidence = null;
        for (int field = 0; field < 2; field++) {
            String name = field == 0 ? "narrative" : "request";
            for (PersonalDataHit hit : subject.personalData(field == 1, context)) {
                if (hit.isC3() == c3) {
                    if (evidence == null) {
                        evidence = new ArrayList<>(2);
                    }
                    evidence.add(new Evidence(name + "[" + hit.start() + ".." + hit.end() + "]", hit.type() + " " + hit.dataClass()));
                }
            }
        }
        if (evidence == null) {
            return Outcome.pass();
        }
        String expected = c3 ? "no C3 authentication data at all" : "personal data masked";
        return new Outcome(FindingKind.FAIL, "free text keeps " + expected + "; found " + evidence.size()
                + " unmasked item(s): " + evidence.stream().map(Evidence::value).distinct().sorted().toList(), evidence);
    }
}
