package io.consumerprotection.core.deadline;

import io.consumerprotection.core.calendar.DayKind;
import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.internal.TimelineIndex;
import io.consumerprotection.core.internal.ZoneDay;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The complaint clock: from a complaint's received instant and timeline, computes every milestone's due
 * date under a deadline policy, its status on a date, the days left, and an explanation citing the rule and
 * the data versions used.
 *
 * <p>The timeline is read as the core complaint model writes it (event types are {@code ComplaintEventType}
 * names, detail keys are {@code EventDetail} constants): {@code PAUSED} (detail {@code pauseReason}) until
 * {@code RESUMED} stops the clock of pausable milestones for the policy's pause reasons; {@code EXTENDED}
 * (detail {@code tier}, plus {@code approver} and {@code noticeMethod} where the policy requires them)
 * lengthens a milestone to the tier's term; {@code NEW_FACTS} restarts a milestone that says so from that
 * instant; {@code WITHDRAWN} ends every running milestone; a milestone's end events (such as
 * {@code DECIDED}) meet it. Complaints from a channel the policy transfers (for example
 * {@code PBOC_TRANSFER} under {@code NFRA-2020-3}) are timed by the policy it names.
 *
 * <p>Pauses count in whole days in the policy's zone: the day a pause starts is paused, the day it resumes
 * is running again; a pause still open counts up to and including the evaluation date. A pause that starts
 * after a milestone's due date does not move it. A calendar-time period whose last day rolls over rest days
 * (Civil Code art. 203) runs until the end of the rolled day: a pause that starts on those rest days, or on the
 * rolled day itself, starts inside the period, so the days it leaves (from the pause's first day to the rolled
 * day) run again from the day it resumes, and that last day rolls again if it is a rest day. Received Fri
 * 2025-03-07 under {@code NFRA-2020-3}: day 15 is Sat 03-22, rolled to Mon 03-24; mediation from Sun 03-23 to
 * Wed 03-26 leaves 2 days (03-23, 03-24), which run 03-26 and 03-27: due Thu 03-27.
 *
 * <p>Immutable and thread-safe; it starts no threads and does no I/O. Calendars are indexed once and shared
 * by every call, so {@link #evaluateAll} over millions of complaints costs only the timeline walks.
 */
public final class DeadlineEngine {

    private static final String TIER_SIMPLE = HandlingTier.SIMPLE.name();

    private final WorkingCalendars calendars;
    private final DeadlinePolicies policies;
    private final Clock clock;
    private final boolean provisionalAllowed;
    private final Map<PolicyId, WorkingCalendar> calendarByPolicy = new ConcurrentHashMap<>();
    private final Map<PolicyId, PreparedPolicy> preparedByPolicy = new ConcurrentHashMap<>();

    private DeadlineEngine(Builder b) {
        this.calendars = b.calendars;
        this.policies = b.policies;
        this.clock = b.clock;
        this.provisionalAllowed = b.provisionalAllowed;
    }

    /** An engine over the bundled calendars and policies, on the system clock. */
    public static DeadlineEngine bundled() {
        return builder().build();
    }

    /** A builder; by default the bundled calendars and policies, the system UTC clock, no provisional answers. */
    public static Builder builder() {
        return new Builder();
    }

    /** The policies this engine knows. */
    public DeadlinePolicies policies() {
        return policies;
    }

    /** Whether answers beyond calendar coverage are given as provisional instead of raising an error. */
    public boolean provisionalAllowed() {
        return provisionalAllowed;
    }

    /**
     * The current due date of every started milestone, by milestone name: what the complaint lifecycle
     * stores in {@code ComplaintRecord.dueDates()} after every transition.
     *
     * @throws UnknownPolicyException                                         for an unknown policy
     * @throws InvalidTimelineException                                       for a timeline that cannot be timed
     * @throws io.consumerprotection.core.calendar.CalendarCoverageException for a date beyond the calendar's data,
     *                                                                        unless provisional answers are allowed
     */
    public Map<String, LocalDate> dueDates(ComplaintRecord complaint, PolicyId policy) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(policy, "policy");
        return compute(complaint, null, policy, clock.instant(), false, false).dueDates();
    }

    /** Evaluates every milestone now (by the engine's clock). */
    public DeadlineEvaluation evaluate(ComplaintRecord complaint, PolicyId policy) {
        return evaluate(complaint, policy, clock.instant());
    }

    /**
     * Evaluates every milestone as of an instant: due dates, statuses, days left and explanations.
     *
     * @throws UnknownPolicyException                                         for an unknown policy
     * @throws InvalidTimelineException                                       for a timeline that cannot be timed
     * @throws io.consumerprotection.core.calendar.CalendarCoverageException for a date beyond the calendar's data,
     *                                                                        unless provisional answers are allowed
     */
    public DeadlineEvaluation evaluate(ComplaintRecord complaint, PolicyId policy, Instant asOf) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        return compute(complaint, null, policy, asOf, true, true);
    }

    /**
     * Evaluates every milestone as of an instant, like {@link #evaluate(ComplaintRecord, PolicyId, Instant)}
     * but without building the explanations: every {@link MilestoneEvaluation#explanation()} is empty, and
     * everything else (due dates, statuses, days left, end dates, provisional flags, the exceptions thrown)
     * is the same. For bulk checks that read only dates and statuses, such as an audit run.
     *
     * @throws UnknownPolicyException                                         for an unknown policy
     * @throws InvalidTimelineException                                       for a timeline that cannot be timed
     * @throws io.consumerprotection.core.calendar.CalendarCoverageException for a date beyond the calendar's data,
     *                                                                        unless provisional answers are allowed
     */
    public DeadlineEvaluation evaluateWithoutExplanation(ComplaintRecord complaint, PolicyId policy, Instant asOf) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        return compute(complaint, null, policy, asOf, true, false);
    }

    /**
     * The due dates of every milestone as of an instant, for bulk checks such as an audit: what happened by
     * then counts and an open pause runs until then, exactly as in {@link #evaluate(ComplaintRecord, PolicyId,
     * Instant)}, but the statuses of running milestones are not worked out. A running milestone reads
     * {@link DeadlineStatus#ON_TRACK} with no days left counted; {@code MET}, {@code MET_LATE}, {@code ENDED}
     * and {@code NOT_STARTED} are as in {@code evaluate}, and there are no explanations.
     *
     * <p>Because no status is worked out, the instant itself need not be within the calendar's data: a
     * complaint whose dates are all covered is timed even when the audit runs after the data ends (where
     * {@code evaluate} throws {@link io.consumerprotection.core.calendar.CalendarCoverageException} for "today").
     *
     * @throws UnknownPolicyException                                         for an unknown policy
     * @throws InvalidTimelineException                                       for a timeline that cannot be timed
     * @throws io.consumerprotection.core.calendar.CalendarCoverageException for a date the due date depends on
     *                                                                        beyond the calendar's data, unless
     *                                                                        provisional answers are allowed
     */
    public DeadlineEvaluation evaluateDueDates(ComplaintRecord complaint, PolicyId policy, Instant asOf) {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        return compute(complaint, null, policy, asOf, false, false);
    }

    /**
     * {@link #evaluateDueDates(ComplaintRecord, PolicyId, Instant)} of a complaint whose timeline the audit has indexed
     * already: not API ({@code TimelineIndex} is internal), reached only by the audit's {@code EngineDueDates}.
     */
    DeadlineEvaluation evaluateDueDates(ComplaintRecord complaint, TimelineIndex timeline, PolicyId policy, Instant asOf) {
        return compute(complaint, timeline, policy, asOf, false, false);
    }

    /**
     * Evaluates many complaints, lazily and in order (for example a store's stream), reusing the indexed
     * calendars. The first complaint that cannot be evaluated ends the stream with its exception; use
     * {@link DeadlineScan} to go on past such complaints.
     */
    public Stream<DeadlineEvaluation> evaluateAll(Stream<ComplaintRecord> complaints, PolicyId policy, Instant asOf) {
        Objects.requireNonNull(complaints, "complaints");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        return complaints.map(c -> compute(c, null, policy, asOf, true, true));
    }

    /** The policy that times this complaint: the requested one, or the one it names for the complaint's channel. */
    public DeadlinePolicy policyFor(ComplaintRecord complaint, PolicyId requested) {
        DeadlinePolicy p = policies.get(requested);
        PolicyId transfer = p.transfers().get(complaint.channel());
        return transfer == null ? p : policies.get(transfer);
    }

    /** The calendar a policy counts in (a provisional projection when provisional answers are allowed). */
    public WorkingCalendar calendarFor(DeadlinePolicy policy) {
        WorkingCalendar known = calendarByPolicy.get(policy.id());
        if (known != null) {
            return known;
        }
        return calendarByPolicy.computeIfAbsent(policy.id(), k -> {
            WorkingCalendar c = policy.calendarVersion().map(v -> calendars.get(policy.calendarId(), v))
                    .orElseGet(() -> calendars.get(policy.calendarId()));
            return provisionalAllowed ? c.withProvisionalProjection() : c;
        });
    }

    /**
     * The policy with this id as the engine uses it, prepared once.
     *
     * @throws UnknownPolicyException for an unknown policy
     */
    private PreparedPolicy prepared(PolicyId id) {
        PreparedPolicy known = preparedByPolicy.get(id);
        if (known != null) {
            return known;
        }
        DeadlinePolicy policy = policies.get(id);
        return preparedByPolicy.computeIfAbsent(id, k -> new PreparedPolicy(policy, calendarFor(policy),
                ZoneDay.of(policy.zone()), EventRoles.of(policy), policy.cutoff().orElse(null)));
    }

    /**
     * A policy with what every evaluation under it needs: its calendar, the days of its zone, the roles of
     * its event types and its cut-off time ({@code null} for none).
     */
    private record PreparedPolicy(DeadlinePolicy policy, WorkingCalendar calendar, ZoneDay days, EventRoles roles,
                                  LocalTime cutoff) {
    }

    private DeadlineEvaluation compute(ComplaintRecord complaint, TimelineIndex timeline, PolicyId requested, Instant asOf,
                                       boolean withStatus, boolean explain) {
        PreparedPolicy base = prepared(requested);
        PolicyId transfer = base.policy().transfers().get(complaint.channel());
        PreparedPolicy prepared = transfer == null ? base : prepared(transfer);
        DeadlinePolicy policy = prepared.policy();
        WorkingCalendar calendar = prepared.calendar();
        LocalDate today = prepared.days().dayOf(asOf);
        ComplaintClock clock = new ComplaintClock(prepared, complaint,
                timeline == null ? TimelineIndex.of(complaint.timeline()) : timeline, today, withStatus);
        List<MilestoneRule> rules = policy.milestones();
        MilestoneEvaluation[] results = new MilestoneEvaluation[rules.size()];
        for (int i = 0; i < results.length; i++) {
            Explanation why = explain ? Explanation.kept() : Explanation.NONE;
            if (prepared != base) {
                why.add(() -> "channel " + complaint.channel() + ": policy " + policy.id() + " applies instead of "
                        + base.policy().id() + " (transfer rule of " + base.policy() + ")");
            }
            results[i] = clock.evaluate(i, why);
        }
        if (clock.violations != null) {
            throw new InvalidTimelineException("the timeline of complaint " + complaint.id() + " cannot be timed under "
                    + policy.id(), List.copyOf(clock.violations));
        }
        return new DeadlineEvaluation(complaint.id(), policy.id(), policy.version(), calendar.id().toString(),
                calendar.version(), today, List.of(results));
    }

    /** The timeline sorted by sequence number (for a timeline whose events are out of order). */
    private static List<TimelineEventRecord> bySequence(List<TimelineEventRecord> timeline) {
        List<TimelineEventRecord> sorted = new ArrayList<>(timeline);
        sorted.sort(Comparator.comparingInt(TimelineEventRecord::sequence));
        return sorted;
    }

    /** A pause on a milestone's clock: its first day, the day it resumed ({@code null} while open), its reason ("" for none). */
    private record Pause(LocalDate from, LocalDate until, String reason) {
    }

    /**
     * The clock of one complaint under one policy for one evaluation. It reads the timeline once, putting
     * the events in sequence order and numbering each event's type by the policy's {@link EventRoles}, and
     * then evaluates the policy's milestones one after another: each {@link #evaluate} call starts that
     * milestone's state (its pauses, whether it is provisional) afresh, while what the milestones share (the
     * read timeline, the day of the receipt, the problems found so far) stays. One object per evaluation
     * rather than one per milestone, because the audit evaluates millions of complaints.
     */
    private static final class ComplaintClock {

        private final DeadlinePolicy policy;
        private final ZoneDay days;
        private final WorkingCalendar calendar;
        private final LocalTime cutoff;
        private final EventRoles eventRoles;
        private final ComplaintRecord complaint;
        /** The events in sequence order. */
        private final List<TimelineEventRecord> events;
        /** The number of each event's type, by {@link #eventRoles}. */
        private final int[] types;
        private final LocalDate today;
        private final boolean withStatus;
        /** The day of the receipt; {@code null} until a milestone needs it. */
        private LocalDate receivedDay;
        /** The problems found on the timeline by every milestone so far, in order; {@code null} while there are none. */
        private Set<Violation> violations;

        // the milestone being evaluated
        private MilestoneRule rule;
        private byte[] roles;
        private Explanation why;
        /** Its pauses, in order: the first {@link #pauseCount} of the array, {@code null} until the first pause. */
        private Pause[] pauses;
        private int pauseCount;
        private boolean provisional;
        /** The sequence numbers of its extensions recorded after the due date then in force; {@code null} while none. */
        private List<Integer> lateExtensions;

        ComplaintClock(PreparedPolicy prepared, ComplaintRecord complaint, TimelineIndex index, LocalDate today,
                       boolean withStatus) {
            this.policy = prepared.policy();
            this.days = prepared.days();
            this.calendar = prepared.calendar();
            this.cutoff = prepared.cutoff();
            this.eventRoles = prepared.roles();
            this.complaint = complaint;
            this.today = today;
            this.withStatus = withStatus;
            List<TimelineEventRecord> timeline = complaint.timeline();
            int[] numbers = new int[timeline.size()];
            int previous = Integer.MIN_VALUE;
            for (int k = 0; k < numbers.length; k++) {
                TimelineEventRecord e = timeline.get(k);
                if (e.sequence() < previous) {
                    // out of order (stored records never are): sort, then number the sorted events
                    timeline = bySequence(timeline);
                    numbers = timeline.stream().mapToInt(eventRoles::typeOf).toArray();
                    break;
                }
                previous = e.sequence();
                numbers[k] = eventRoles.typeOf(index, k, timeline);
            }
            this.events = timeline;
            this.types = numbers;
        }

        /**
         * Evaluates the milestone at this index of the policy, adding its explanation to {@code explanation}
         * and the problems it finds to {@link #violations}.
         */
        MilestoneEvaluation evaluate(int milestone, Explanation explanation) {
            rule = policy.milestones().get(milestone);
            roles = eventRoles.rolesOf(milestone);
            why = explanation;
            pauseCount = 0;
            provisional = false;
            lateExtensions = null;
            int startType = eventRoles.startType(milestone);
            int first = 0;
            Instant startAt;
            if (startType == EventRoles.UNREAD) {
                startAt = complaint.receivedAt();
            } else {
                int at = -1;
                for (int k = 0; k < types.length; k++) {
                    if (types[k] == startType) {
                        at = k;
                        break;
                    }
                }
                if (at < 0) {
                    why.add(() -> rule.name() + " starts with " + rule.startEvent() + ", which has not happened");
                    return new MilestoneEvaluation(rule.name(), null, DeadlineStatus.NOT_STARTED, 0, 0, null, false, why.steps());
                }
                startAt = events.get(at).at();
                first = at + 1;
            }
            boolean restarted = false;
            TimelineEventRecord open = null;
            ExtensionStep step = null;
            TimelineEventRecord extendedBy = null;
            TimelineEventRecord end = null;
            boolean withdrawn = false;
            for (int k = first; k < types.length && end == null; k++) {
                if (types[k] == EventRoles.UNREAD) {
                    continue;
                }
                TimelineEventRecord e = events.get(k);
                switch (roles[types[k]]) {
                    case EventRoles.PAUSE -> {
                        if (open != null) {
                            violation(Violation.of(field(e), "PAUSED_WHILE_PAUSED", "a pause starts while another is open"));
                        }
                        String reason = e.details().get(EventDetail.PAUSE_REASON);
                        if (reason == null || reason.isBlank()) {
                            violation(Violation.of(field(e) + ".details." + EventDetail.PAUSE_REASON, "REQUIRED", "a pause needs a reason"));
                        }
                        open = e;
                    }
                    case EventRoles.RESUME -> {
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
                    case EventRoles.EXTENSION -> {
                        String tier = e.details().get(EventDetail.TIER);
                        if (tier == null || tier.isBlank()) {
                            violation(Violation.of(field(e) + ".details." + EventDetail.TIER, "REQUIRED", "an extension needs a tier"));
                        } else if (!tier.equals(TIER_SIMPLE) && !rule.extensions().isEmpty()) {
                            ExtensionStep s = rule.extension(tier);
                            if (s == null) {
                                violation(Violation.of(field(e) + ".details." + EventDetail.TIER, "UNKNOWN_TIER",
                                        "policy " + policy.id() + " has no extension tier " + tier + " for " + rule.name()));
                            } else {
                                if (s.approverRequired() && blank(e.details().get(EventDetail.APPROVER))) {
                                    violation(Violation.of(field(e) + ".details." + EventDetail.APPROVER, "APPROVER_REQUIRED",
                                            "a " + tier + " extension to " + s.total().inWords() + " needs an approver (" + s.citation() + ")"));
                                }
                                if (s.noticeRequired() && blank(e.details().get(EventDetail.NOTICE_METHOD))) {
                                    violation(Violation.of(field(e) + ".details." + EventDetail.NOTICE_METHOD, "NOTICE_REQUIRED",
                                            "a " + tier + " extension needs the complainant told (" + s.citation() + ")"));
                                }
                                LocalDate inForce = dueInForce(startType, restarted, startAt, step, open, date(e.at()));
                                if (date(e.at()).isAfter(inForce)) {
                                    // art. 18: an extension only lengthens a period still running; a late one
                                    // is ignored, so the breach it would hide stands (the audit reports it)
                                    if (lateExtensions == null) {
                                        lateExtensions = new ArrayList<>(1);
                                    }
                                    lateExtensions.add(e.sequence());
                                    why.add(() -> "extension " + tier + " recorded on " + date(e.at()) + ", after the due date "
                                            + inForce + " then in force: ignored (an extension only lengthens a period"
                                            + " still running, " + s.citation() + ")");
                                } else if (step == null || s.total().amount() > step.total().amount()) {
                                    step = s;
                                    extendedBy = e;
                                }
                            }
                        }
                    }
                    case EventRoles.RESTART -> {
                        startAt = e.at();
                        restarted = true;
                        pauseCount = 0;
                        why.add(() -> "new facts on " + date(e.at()) + ": the period restarts from that day (" + shortCitation() + ")");
                    }
                    case EventRoles.WITHDRAWAL -> {
                        withdrawn = true;
                        end = e;
                    }
                    case EventRoles.END -> end = e;
                    default -> {
                    }
                }
            }
            if (open != null && end == null) {
                addPause(open, null);
            }
            boolean pausedNow = open != null && end == null && countsPause(open.details().get(EventDetail.PAUSE_REASON));
            LocalDate start = startType == EventRoles.UNREAD && !restarted ? receivedDay() : days.dayOf(startAt);
            Term term = step == null ? rule.term() : step.total();
            String startWord = restarted ? "new facts received" : startType == EventRoles.UNREAD ? "received"
                    : rule.startEvent();
            Instant from = startAt;
            why.add(() -> startWord.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + start + " (" + dow(start) + ") "
                    + days.timeOf(from).truncatedTo(ChronoUnit.MINUTES) + " " + policy.zone().getId());
            if (step != null) {
                ExtensionStep by = step;
                TimelineEventRecord extended = extendedBy;
                why.add(() -> "extended on " + date(extended.at()) + " as " + by.tier() + ": term " + term.inWords()
                        + " (" + by.citation() + ")");
            }
            LocalDate countFrom = countFrom(start, startAt, term, why);
            LocalDate due = dueOf(start, countFrom, term, why);
            check(start);
            check(due);
            if (provisional) {
                why.add(() -> "PROVISIONAL: calendar " + calendar.id() + " " + calendar.version() + " has data up to "
                        + calendar.coverageEnd() + "; later dates are projected as an ordinary week; to make this due"
                        + " date final, load the next State Council holiday notice (CLI: calendar import-notice, then"
                        + " the host's HolidayCalendarProvider)");
            }
            why.add(() -> "policy " + policy.id() + " " + policy.version() + "; calendar " + calendar.id() + " " + calendar.version());
            if (end != null) {
                LocalDate on = date(end.at());
                DeadlineStatus s = withdrawn ? DeadlineStatus.ENDED : on.isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
                TimelineEventRecord ended = end;
                why.add(() -> s == DeadlineStatus.ENDED ? "withdrawn on " + on + ": handling ends (art. 15)"
                        : ended.type() + " on " + on + ": " + (s == DeadlineStatus.MET ? "met" : "met late"));
                return new MilestoneEvaluation(rule.name(), due, s, 0, 0, on, provisional, why.steps(), late());
            }
            if (!withStatus) {
                return new MilestoneEvaluation(rule.name(), due, DeadlineStatus.ON_TRACK, 0, 0, null, provisional, why.steps(), late());
            }
            check(today);
            int calendarDaysLeft = (int) (due.toEpochDay() - today.toEpochDay());
            int workingDaysLeft = calendar.workingDaysBetween(today, due);
            DeadlineStatus status;
            if (today.isAfter(due)) {
                status = DeadlineStatus.OVERDUE;
            } else if (today.equals(due)) {
                status = DeadlineStatus.DUE_TODAY;
            } else if (pausedNow) {
                status = DeadlineStatus.PAUSED;
            } else {
                long total;
                long used;
                if (term.isCalendarTime()) {
                    total = due.toEpochDay() - start.toEpochDay();
                    used = today.toEpochDay() - start.toEpochDay();
                } else {
                    // working days in (countFrom, due] less those in (today, due]: the working days in (countFrom, today]
                    total = calendar.workingDaysBetween(countFrom, due);
                    used = today.isBefore(countFrom) ? 0 : total - workingDaysLeft;
                }
                status = used * 100 >= (long) policy.atRiskPercent() * total ? DeadlineStatus.AT_RISK : DeadlineStatus.ON_TRACK;
            }
            DeadlineStatus now = status;
            why.add(() -> "on " + today + ": " + now + ", " + calendarDaysLeft + " calendar days and " + workingDaysLeft
                    + " working days left");
            return new MilestoneEvaluation(rule.name(), due, status, calendarDaysLeft, workingDaysLeft, null, provisional,
                    why.steps(), late());
        }

        /**
         * The due date in force on {@code day}, while reading the timeline: from the current start, under the
         * current term (the longest extension so far), counting the pauses so far and an open pause up to and
         * including that day. No explanation is written.
         */
        private LocalDate dueInForce(int startType, boolean restarted, Instant startAt, ExtensionStep step,
                                     TimelineEventRecord open, LocalDate day) {
            LocalDate start = startType == EventRoles.UNREAD && !restarted ? receivedDay() : days.dayOf(startAt);
            Term term = step == null ? rule.term() : step.total();
            int closed = pauseCount;
            boolean wasProvisional = provisional;
            if (open != null) {
                addPause(open, day.plusDays(1));
            }
            try {
                return dueOf(start, countFrom(start, startAt, term, Explanation.NONE), term, Explanation.NONE);
            } finally {
                pauseCount = closed;
                provisional = wasProvisional;
            }
        }

        /** The day a working-day term counts from: the start day, or the next working day after the cut-off. */
        private LocalDate countFrom(LocalDate start, Instant startAt, Term term, Explanation why) {
            if (!term.isCalendarTime() && cutoff != null && !days.timeOf(startAt).isBefore(cutoff)
                    && calendar.isWorkingDay(start)) {
                LocalDate next = calendar.nextWorkingDay(start);
                why.add(() -> "received at or after the cut-off " + cutoff + ": counts from " + next);
                return next;
            }
            return start;
        }

        /** The due date from the start day under a term, with the pauses so far; explained when asked. */
        private LocalDate dueOf(LocalDate start, LocalDate countFrom, Term term, Explanation why) {
            LocalDate due;
            if (term.isCalendarTime()) {
                why.add(() -> "day 1 is " + start.plusDays(1) + " (start day not counted, Civil Code art. 201)");
                LocalDate termEnd = plus(start, term);
                why.add(() -> "+" + term.inWords() + " = " + termEnd + " (" + shortCitation() + ")");
                LocalDate nominal = termEnd;
                for (int k = 0; k < pauseCount; k++) {
                    Pause p = pauses[k];
                    LocalDate from = p.from().isAfter(start) ? p.from() : start.plusDays(1);
                    LocalDate until = p.until() == null ? today.plusDays(1) : p.until();
                    if (!counts(p, why)) {
                        continue;
                    }
                    if (!until.isAfter(from)) {
                        continue;
                    }
                    if (from.isAfter(nominal)) {
                        // Civil Code art. 203: a last day on a rest day moves to the next working day, and the period
                        // runs until that day ends; a pause starting on the rest days in between starts inside it
                        LocalDate end = rolls(calendar.dayKind(nominal)) ? calendar.nextWorkingDay(nominal) : nominal;
                        if (from.isAfter(end)) {
                            continue;
                        }
                        LocalDate last = nominal;
                        why.add(() -> last + " rolls to " + end + " (Civil Code art. 203): the period still runs on " + from
                                + ", when the pause starts, and " + (end.toEpochDay() - from.toEpochDay() + 1)
                                + " days of it are left");
                        nominal = end;
                    }
                    long pausedDays = until.toEpochDay() - from.toEpochDay();
                    LocalDate moved = nominal.plusDays(pausedDays);
                    why.add(() -> "paused for " + p.reason() + " " + from + ".." + until.minusDays(1)
                            + (p.until() == null ? " (still paused)" : "") + ": " + pausedDays + " days not counted → " + moved);
                    nominal = moved;
                }
                LocalDate last = nominal;
                DayKind kind = calendar.dayKind(last);
                boolean rolled = rolls(kind);
                LocalDate rolledTo = rolled ? calendar.nextWorkingDay(last) : last;
                check(last);
                if (rolled) {
                    why.add(() -> last + " is " + describe(last, kind) + " → " + rolledTo + " (Civil Code art. 203, roll "
                            + policy.roll() + ")");
                }
                due = rolledTo;
            } else {
                check(countFrom);
                LocalDate termEnd = calendar.addWorkingDays(countFrom, term.amount());
                why.add(() -> "+" + term.inWords() + " after " + countFrom + " = " + termEnd + " (" + shortCitation() + ")");
                due = termEnd;
                for (int k = 0; k < pauseCount; k++) {
                    Pause p = pauses[k];
                    LocalDate from = p.from().isAfter(countFrom) ? p.from() : countFrom.plusDays(1);
                    LocalDate until = p.until() == null ? today.plusDays(1) : p.until();
                    if (!counts(p, why) || from.isAfter(due) || !until.isAfter(from)) {
                        continue;
                    }
                    int wd = calendar.workingDaysBetween(from.minusDays(1), until.minusDays(1));
                    if (wd > 0) {
                        LocalDate moved = calendar.addWorkingDays(due, wd);
                        why.add(() -> "paused for " + p.reason() + " " + from + ".." + until.minusDays(1)
                                + (p.until() == null ? " (still paused)" : "") + ": " + wd + " working days not counted → " + moved);
                        due = moved;
                    }
                }
            }
            return due;
        }

        private List<Integer> late() {
            return lateExtensions == null ? List.of() : lateExtensions;
        }

        /** The nominal last day of a calendar-time term from the start day: {@code start.plus(term.toPeriod())}. */
        private static LocalDate plus(LocalDate start, Term term) {
            return switch (term.unit()) {
                case CALENDAR_DAYS -> start.plusDays(term.amount());
                case WEEKS -> start.plusDays(term.amount() * 7);
                case MONTHS -> start.plusMonths(term.amount());
                case WORKING_DAYS -> throw new IllegalStateException("working days are not a calendar period");
            };
        }

        /**
         * Whether a nominal last day of this kind moves to the next working day under the policy's roll rule, as
         * {@link WorkingCalendar#periodEnd} decides it (without building its {@code PeriodEnd}).
         */
        private boolean rolls(DayKind kind) {
            return switch (policy.roll()) {
                case NONE -> false;
                case STATUTORY_HOLIDAYS -> kind == DayKind.STATUTORY_HOLIDAY;
                case NON_WORKING_DAYS -> !kind.isWorkingDay();
            };
        }

        private static String field(TimelineEventRecord e) {
            return "timeline[" + e.sequence() + "]";
        }

        private void addPause(TimelineEventRecord open, LocalDate until) {
            if (pauses == null) {
                pauses = new Pause[2];
            } else if (pauseCount == pauses.length) {
                pauses = Arrays.copyOf(pauses, 2 * pauseCount);
            }
            LocalDate from = date(open.at());
            String reason = open.details().get(EventDetail.PAUSE_REASON);
            pauses[pauseCount++] = new Pause(from, until, reason == null ? "" : reason);
        }

        private void violation(Violation v) {
            if (violations == null) {
                violations = new LinkedHashSet<>();
            }
            violations.add(v);
        }

        /** The day of the complaint's receipt in the policy's zone. */
        private LocalDate receivedDay() {
            if (receivedDay == null) {
                receivedDay = days.dayOf(complaint.receivedAt());
            }
            return receivedDay;
        }

        private boolean countsPause(String reason) {
            return rule.pausable() && reason != null && policy.pauseReasons().contains(reason);
        }

        private boolean counts(Pause p, Explanation why) {
            if (countsPause(p.reason())) {
                return true;
            }
            why.add(() -> "pause for " + p.reason() + " from " + p.from() + " not counted: " + policy.id() + " "
                    + (rule.pausable() ? "does not pause for this reason" : "does not pause " + rule.name()));
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

    /** Builds a {@link DeadlineEngine}. */
    public static final class Builder {

        private WorkingCalendars calendars = WorkingCalendars.bundled();
        private DeadlinePolicies policies = DeadlinePolicies.bundled();
        private Clock clock = Clock.systemUTC();
        private boolean provisionalAllowed;

        private Builder() {
        }

        /** The calendars (default: the bundled ones). */
        public Builder calendars(WorkingCalendars value) {
            this.calendars = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The policies (default: the bundled ones). */
        public Builder policies(DeadlinePolicies value) {
            this.policies = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The clock for "now" (default: the system UTC clock). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Opts into provisional answers beyond calendar coverage: dates past the data are projected as an
         * ordinary week and every such answer says {@code provisional}. Off by default: such a date is a
         * {@link io.consumerprotection.core.calendar.CalendarCoverageException}.
         */
        public Builder allowProvisional(boolean value) {
            this.provisionalAllowed = value;
            return this;
        }

        /**
         * Builds the engine, checking that every policy's calendar is known.
         *
         * @throws io.consumerprotection.core.calendar.UnknownCalendarException when a policy names an unknown calendar
         */
        public DeadlineEngine build() {
            DeadlineEngine engine = new DeadlineEngine(this);
            for (DeadlinePolicy p : policies.all()) {
                engine.calendarFor(p);
                engine.prepared(p.id());
            }
            return engine;
        }
    }
}
