package io.consumerprotection.core.deadline;

import io.consumerprotection.core.calendar.DayKind;
import io.consumerprotection.core.calendar.PeriodEnd;
import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.internal.ZoneDay;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A frozen copy of the deadline engine's algorithm as it was before the engine classified each timeline
 * once per evaluation (commit f98aba2): every milestone re-walks the timeline and dispatches on the event
 * type's name. {@link DeadlineEngineReferenceProperties} checks the engine against it. Do not "fix" or
 * speed up this class: its value is that it does not change.
 */
final class ReferenceDeadlineEngine {

    static final String RECEIVED = DeadlineEngine.RECEIVED;
    static final String PAUSED = DeadlineEngine.PAUSED;
    static final String RESUMED = DeadlineEngine.RESUMED;
    static final String EXTENDED = DeadlineEngine.EXTENDED;
    static final String NEW_FACTS = DeadlineEngine.NEW_FACTS;
    static final String WITHDRAWN = DeadlineEngine.WITHDRAWN;
    static final String DETAIL_PAUSE_REASON = DeadlineEngine.DETAIL_PAUSE_REASON;
    static final String DETAIL_TIER = DeadlineEngine.DETAIL_TIER;
    static final String DETAIL_APPROVER = DeadlineEngine.DETAIL_APPROVER;
    static final String DETAIL_NOTICE_METHOD = DeadlineEngine.DETAIL_NOTICE_METHOD;
    static final String TIER_SIMPLE = DeadlineEngine.TIER_SIMPLE;

    private final DeadlineEngine engine;

    /** The reference algorithm over the engine's policies and calendars. */
    ReferenceDeadlineEngine(DeadlineEngine engine) {
        this.engine = engine;
    }

    /** As {@link DeadlineEngine#evaluate(ComplaintRecord, PolicyId, Instant)}. */
    DeadlineEvaluation evaluate(ComplaintRecord complaint, PolicyId policy, Instant asOf) {
        return compute(complaint, policy, asOf, true, true);
    }

    /** As {@link DeadlineEngine#evaluateWithoutExplanation}. */
    DeadlineEvaluation evaluateWithoutExplanation(ComplaintRecord complaint, PolicyId policy, Instant asOf) {
        return compute(complaint, policy, asOf, true, false);
    }

    DeadlineEvaluation compute(ComplaintRecord complaint, PolicyId requested, Instant asOf, boolean withStatus,
                                       boolean explain) {
        DeadlinePolicy base = engine.policies().get(requested);
        DeadlinePolicy policy = engine.policyFor(complaint, requested);
        WorkingCalendar calendar = policy == base ? engine.calendarFor(base) : engine.calendarFor(policy);
        ZoneDay days = ZoneDay.of(policy.zone());
        LocalDate today = days.dayOf(asOf);
        List<TimelineEventRecord> timeline = bySequence(complaint.timeline());
        Set<Violation> violations = null;
        List<MilestoneRule> rules = policy.milestones();
        MilestoneEvaluation[] results = new MilestoneEvaluation[rules.size()];
        for (int i = 0; i < results.length; i++) {
            List<String> steps = null;
            if (explain) {
                steps = new ArrayList<>();
                if (policy != base) {
                    steps.add("channel " + complaint.channel() + ": policy " + policy.id() + " applies instead of "
                            + base.id() + " (transfer rule of " + base + ")");
                }
            }
            Clock1 clock = new Clock1(policy, days, calendar, rules.get(i), complaint, timeline, today, withStatus, steps);
            results[i] = clock.evaluate();
            if (clock.violations != null) {
                if (violations == null) {
                    violations = new LinkedHashSet<>();
                }
                violations.addAll(clock.violations);
            }
        }
        if (violations != null) {
            throw new InvalidTimelineException("the timeline of complaint " + complaint.id() + " cannot be timed under "
                    + policy.id(), List.copyOf(violations));
        }
        return new DeadlineEvaluation(complaint.id(), policy.id(), policy.version(), calendar.id().toString(),
                calendar.version(), today, List.of(results));
    }

    /** The timeline in sequence order: the list itself when it is already in order (as stored records are). */
    private static List<TimelineEventRecord> bySequence(List<TimelineEventRecord> timeline) {
        for (int i = 1; i < timeline.size(); i++) {
            if (timeline.get(i).sequence() < timeline.get(i - 1).sequence()) {
                List<TimelineEventRecord> sorted = new ArrayList<>(timeline);
                sorted.sort(Comparator.comparingInt(TimelineEventRecord::sequence));
                return sorted;
            }
        }
        return timeline;
    }

    /** One milestone's clock over one timeline. */
    private static final class Clock1 {

        private final DeadlinePolicy policy;
        private final ZoneDay days;
        private final WorkingCalendar calendar;
        private final MilestoneRule rule;
        private final ComplaintRecord complaint;
        private final List<TimelineEventRecord> timeline;
        private final LocalDate today;
        private final boolean withStatus;
        private final List<String> steps;
        private final boolean explain;
        /** The problems found on the timeline, in order; {@code null} while there are none. */
        private List<Violation> violations;
        /** The pauses (start day, end day or {@code null} while open) and their reasons; {@code null} while there are none. */
        private List<LocalDate[]> pauses;
        private List<String> pauseReasons;
        private boolean provisional;
        private final List<Integer> lateExtensions = new ArrayList<>();

        Clock1(DeadlinePolicy policy, ZoneDay days, WorkingCalendar calendar, MilestoneRule rule, ComplaintRecord complaint,
               List<TimelineEventRecord> timeline, LocalDate today, boolean withStatus, List<String> steps) {
            this.policy = policy;
            this.days = days;
            this.calendar = calendar;
            this.rule = rule;
            this.complaint = complaint;
            this.timeline = timeline;
            this.today = today;
            this.withStatus = withStatus;
            this.steps = steps == null ? List.of() : steps;
            this.explain = steps != null;
        }

        MilestoneEvaluation evaluate() {
            int first = 0;
            Instant startAt;
            String startWord;
            if (rule.startEvent().equals(RECEIVED)) {
                startAt = complaint.receivedAt();
                startWord = "received";
            } else {
                int at = -1;
                for (int k = 0; k < timeline.size(); k++) {
                    if (timeline.get(k).type().equals(rule.startEvent())) {
                        at = k;
                        break;
                    }
                }
                if (at < 0) {
                    if (explain) {
                        steps.add(rule.name() + " starts with " + rule.startEvent() + ", which has not happened");
                    }
                    return new MilestoneEvaluation(rule.name(), null, DeadlineStatus.NOT_STARTED, 0, 0, null, false, steps);
                }
                startAt = timeline.get(at).at();
                startWord = explain ? rule.startEvent().toLowerCase(Locale.ROOT).replace('_', ' ') : null;
                first = at + 1;
            }
            TimelineEventRecord open = null;
            ExtensionStep step = null;
            TimelineEventRecord extendedBy = null;
            TimelineEventRecord end = null;
            boolean withdrawn = false;
            for (int k = first; k < timeline.size() && end == null; k++) {
                TimelineEventRecord e = timeline.get(k);
                switch (e.type()) {
                    case PAUSED -> {
                        if (open != null) {
                            violation(Violation.of(field(e), "PAUSED_WHILE_PAUSED", "a pause starts while another is open"));
                        }
                        String reason = e.details().get(DETAIL_PAUSE_REASON);
                        if (reason == null || reason.isBlank()) {
                            violation(Violation.of(field(e) + ".details." + DETAIL_PAUSE_REASON, "REQUIRED", "a pause needs a reason"));
                        }
                        open = e;
                    }
                    case RESUMED -> {
                        if (open == null) {
                            violation(Violation.of(field(e), "RESUMED_WITHOUT_PAUSE", "a resume without an open pause"));
                        } else if (e.at().isBefore(open.at())) {
                            violation(Violation.of(field(e) + ".at", "PAUSE_ENDS_BEFORE_START",
                                    "the pause of timeline[" + open.sequence() + "] ends before it starts"));
                            open = null;
                        } else {
                            addPause(open, date(e.at()));
                            open = null;
                        }
                    }
                    case EXTENDED -> {
                        String tier = e.details().get(DETAIL_TIER);
                        if (tier == null || tier.isBlank()) {
                            violation(Violation.of(field(e) + ".details." + DETAIL_TIER, "REQUIRED", "an extension needs a tier"));
                        } else if (!tier.equals(TIER_SIMPLE) && !rule.extensions().isEmpty()) {
                            ExtensionStep s = rule.extension(tier);
                            if (s == null) {
                                violation(Violation.of(field(e) + ".details." + DETAIL_TIER, "UNKNOWN_TIER",
                                        "policy " + policy.id() + " has no extension tier " + tier + " for " + rule.name()));
                            } else {
                                if (s.approverRequired() && blank(e.details().get(DETAIL_APPROVER))) {
                                    violation(Violation.of(field(e) + ".details." + DETAIL_APPROVER, "APPROVER_REQUIRED",
                                            "a " + tier + " extension to " + s.total().inWords() + " needs an approver (" + s.citation() + ")"));
                                }
                                if (s.noticeRequired() && blank(e.details().get(DETAIL_NOTICE_METHOD))) {
                                    violation(Violation.of(field(e) + ".details." + DETAIL_NOTICE_METHOD, "NOTICE_REQUIRED",
                                            "a " + tier + " extension needs the complainant told (" + s.citation() + ")"));
                                }
                                // the due date in force when the extension was recorded: this milestone over the
                                // events before it, as of its day
                                LocalDate inForce = new Clock1(policy, days, calendar, rule, complaint, timeline.subList(0, k),
                                        date(e.at()), false, null).evaluate().dueDate();
                                if (date(e.at()).isAfter(inForce)) {
                                    lateExtensions.add(e.sequence());
                                    if (explain) {
                                        steps.add("extension " + tier + " recorded on " + date(e.at()) + ", after the due date "
                                                + inForce + " then in force: ignored (an extension only lengthens a period"
                                                + " still running, " + s.citation() + ")");
                                    }
                                } else if (step == null || s.total().amount() > step.total().amount()) {
                                    step = s;
                                    extendedBy = e;
                                }
                            }
                        }
                    }
                    case NEW_FACTS -> {
                        if (rule.restartOnNewFacts()) {
                            startAt = e.at();
                            startWord = "new facts received";
                            pauses = null;
                            pauseReasons = null;
                            if (explain) {
                                steps.add("new facts on " + date(e.at()) + ": the period restarts from that day (" + shortCitation() + ")");
                            }
                        }
                    }
                    case WITHDRAWN -> {
                        withdrawn = true;
                        end = e;
                    }
                    default -> {
                        if (rule.endEvents().contains(e.type())) {
                            end = e;
                        }
                    }
                }
            }
            if (open != null && end == null) {
                addPause(open, null);
            }
            boolean pausedNow = open != null && end == null && countsPause(open.details().get(DETAIL_PAUSE_REASON));
            LocalDate start = days.dayOf(startAt);
            Term term = step == null ? rule.term() : step.total();
            if (explain) {
                steps.add(startWord + " " + start + " (" + dow(start) + ") " + days.timeOf(startAt).truncatedTo(ChronoUnit.MINUTES)
                        + " " + policy.zone().getId());
            }
            if (step != null && explain) {
                steps.add("extended on " + date(extendedBy.at()) + " as " + step.tier() + ": term " + term.inWords()
                        + " (" + step.citation() + ")");
            }
            LocalDate due;
            LocalDate countFrom = start;
            if (term.isCalendarTime()) {
                if (explain) {
                    steps.add("day 1 is " + start.plusDays(1) + " (start day not counted, Civil Code art. 201)");
                }
                LocalDate nominal = start.plus(term.toPeriod());
                if (explain) {
                    steps.add("+" + term.inWords() + " = " + nominal + " (" + shortCitation() + ")");
                }
                for (int k = 0; k < pauseCount(); k++) {
                    LocalDate[] p = pauses.get(k);
                    LocalDate from = p[0].isAfter(start) ? p[0] : start.plusDays(1);
                    LocalDate until = p[1] == null ? today.plusDays(1) : p[1];
                    if (!counts(k, pauseReasons, p)) {
                        continue;
                    }
                    if (from.isAfter(nominal) || !until.isAfter(from)) {
                        continue;
                    }
                    long days = ChronoUnit.DAYS.between(from, until);
                    nominal = nominal.plusDays(days);
                    if (explain) {
                        steps.add("paused for " + pauseReasons.get(k) + " " + from + ".." + until.minusDays(1)
                                + (p[1] == null ? " (still paused)" : "") + ": " + days + " days not counted → " + nominal);
                    }
                }
                PeriodEnd pe = calendar.periodEnd(nominal, Period.ZERO, policy.roll());
                check(nominal);
                due = pe.end();
                if (pe.rolled() && explain) {
                    steps.add(nominal + " is " + describe(nominal, pe.nominalKind()) + " → " + due + " (Civil Code art. 203, roll "
                            + policy.roll() + ")");
                }
            } else {
                if (policy.cutoff().isPresent() && !days.timeOf(startAt).isBefore(policy.cutoff().get())
                        && calendar.isWorkingDay(start)) {
                    countFrom = calendar.nextWorkingDay(start);
                    if (explain) {
                        steps.add("received at or after the cut-off " + policy.cutoff().get() + ": counts from " + countFrom);
                    }
                }
                check(countFrom);
                due = calendar.addWorkingDays(countFrom, term.amount());
                if (explain) {
                    steps.add("+" + term.inWords() + " after " + countFrom + " = " + due + " (" + shortCitation() + ")");
                }
                for (int k = 0; k < pauseCount(); k++) {
                    LocalDate[] p = pauses.get(k);
                    LocalDate from = p[0].isAfter(countFrom) ? p[0] : countFrom.plusDays(1);
                    LocalDate until = p[1] == null ? today.plusDays(1) : p[1];
                    if (!counts(k, pauseReasons, p) || from.isAfter(due) || !until.isAfter(from)) {
                        continue;
                    }
                    int wd = calendar.workingDaysBetween(from.minusDays(1), until.minusDays(1));
                    if (wd > 0) {
                        due = calendar.addWorkingDays(due, wd);
                        if (explain) {
                            steps.add("paused for " + pauseReasons.get(k) + " " + from + ".." + until.minusDays(1)
                                    + (p[1] == null ? " (still paused)" : "") + ": " + wd + " working days not counted → " + due);
                        }
                    }
                }
            }
            check(start);
            check(due);
            if (provisional) {
                if (explain) {
                    steps.add("PROVISIONAL: calendar " + calendar.id() + " " + calendar.version() + " has data up to "
                            + calendar.coverageEnd() + "; later dates are projected as an ordinary week");
                }
            }
            if (explain) {
                steps.add("policy " + policy.id() + " " + policy.version() + "; calendar " + calendar.id() + " " + calendar.version());
            }
            if (withdrawn) {
                if (explain) {
                    steps.add("withdrawn on " + date(end.at()) + ": handling ends (art. 15)");
                }
                return new MilestoneEvaluation(rule.name(), due, DeadlineStatus.ENDED, 0, 0, date(end.at()), provisional, steps, lateExtensions);
            }
            if (end != null) {
                LocalDate on = date(end.at());
                DeadlineStatus s = on.isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
                if (explain) {
                    steps.add(end.type() + " on " + on + ": " + (s == DeadlineStatus.MET ? "met" : "met late"));
                }
                return new MilestoneEvaluation(rule.name(), due, s, 0, 0, on, provisional, steps, lateExtensions);
            }
            if (!withStatus) {
                return new MilestoneEvaluation(rule.name(), due, DeadlineStatus.ON_TRACK, 0, 0, null, provisional, steps, lateExtensions);
            }
            check(today);
            int calendarDaysLeft = (int) ChronoUnit.DAYS.between(today, due);
            int workingDaysLeft = calendar.workingDaysBetween(today, due);
            DeadlineStatus status;
            if (today.isAfter(due)) {
                status = DeadlineStatus.OVERDUE;
            } else if (today.equals(due)) {
                status = DeadlineStatus.DUE_TODAY;
            } else if (pausedNow) {
                status = DeadlineStatus.PAUSED;
            } else {
                long total = term.isCalendarTime() ? ChronoUnit.DAYS.between(start, due) : calendar.workingDaysBetween(countFrom, due);
                long used = term.isCalendarTime() ? ChronoUnit.DAYS.between(start, today)
                        : today.isBefore(countFrom) ? 0 : calendar.workingDaysBetween(countFrom, today);
                status = used * 100 >= (long) policy.atRiskPercent() * total ? DeadlineStatus.AT_RISK : DeadlineStatus.ON_TRACK;
            }
            if (explain) {
                steps.add("on " + today + ": " + status + ", " + calendarDaysLeft + " calendar days and " + workingDaysLeft
                        + " working days left");
            }
            return new MilestoneEvaluation(rule.name(), due, status, calendarDaysLeft, workingDaysLeft, null, provisional, steps, lateExtensions);
        }

        private static String field(TimelineEventRecord e) {
            return "timeline[" + e.sequence() + "]";
        }

        private void addPause(TimelineEventRecord open, LocalDate until) {
            if (pauses == null) {
                pauses = new ArrayList<>(2);
                pauseReasons = new ArrayList<>(2);
            }
            pauses.add(new LocalDate[] {date(open.at()), until});
            String reason = open.details().get(DETAIL_PAUSE_REASON);
            pauseReasons.add(reason == null ? "" : reason);
        }

        private int pauseCount() {
            return pauses == null ? 0 : pauses.size();
        }

        private void violation(Violation v) {
            if (violations == null) {
                violations = new ArrayList<>(2);
            }
            violations.add(v);
        }

        private boolean countsPause(String reason) {
            return rule.pausable() && reason != null && policy.pauseReasons().contains(reason);
        }

        private boolean counts(int k, List<String> reasons, LocalDate[] p) {
            if (countsPause(reasons.get(k))) {
                return true;
            }
            if (explain) {
                steps.add("pause for " + reasons.get(k) + " from " + p[0] + " not counted: " + policy.id() + " "
                        + (rule.pausable() ? "does not pause for this reason" : "does not pause " + rule.name()));
            }
            return false;
        }

        private void check(LocalDate date) {
            if (calendar.isProvisional(date)) {
                if (!calendar.isProjected()) {
                    calendar.isWorkingDay(date); // throws CalendarCoverageException naming the date
                }
                provisional = true;
            }
        }

        private String describe(LocalDate d, DayKind kind) {
            if (kind == DayKind.STATUTORY_HOLIDAY) {
                String name = calendar.findListedDay(d).map(r -> r.name()).orElse("");
                return "a statutory holiday" + (name.isEmpty() ? "" : " (" + name + ")");
            }
            return "an ordinary weekend day (" + dow(d) + ")";
        }

        private String shortCitation() {
            String c = rule.citation();
            int colon = c.indexOf(':');
            return colon > 0 ? c.substring(0, colon) : c.isEmpty() ? policy.id().toString() : c;
        }

        private LocalDate date(Instant at) {
            return days.dayOf(at);
        }

        private static String dow(LocalDate d) {
            return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
