package io.consumerprotection.core.deadline;

import io.consumerprotection.core.calendar.DayKind;
import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately naive deadline oracle, written from the policy files and the rule text (regulation-facts.md
 * sections 1 to 3), not from {@link DeadlineEngine}'s algorithm. It walks the calendar one day at a time.
 *
 * <p>Conventions (each from the rule text):
 * <ul>
 *   <li>Day 0 is the start event's day in the policy's zone; it is not counted (Civil Code art. 201). Day 1 is the
 *       next day. A CALENDAR_DAYS or WEEKS term counts every day that is not paused; a WORKING_DAYS term counts only
 *       the working days of the policy's calendar that are not paused.</li>
 *   <li>Paused days (art. 23 "mediation time is not counted", art. 18 outside appraisal): for a pausable milestone
 *       and a reason the policy lists, every day from the PAUSED day up to but excluding the RESUMED day is not
 *       counted: the day mediation starts is a mediation day, the day handling resumes is a handling day. So a pause
 *       from day P to day R removes R − P days (fewer if it began on day 0, which is never counted anyway). A pause
 *       still open removes every day up to and including the evaluation date. A pause still open when the milestone
 *       ends removes nothing: the lifecycle only lets a WITHDRAWN (art. 15: handling ends that day) end a paused
 *       complaint, so that due date is only reported, never judged (the engine's convention, found by this
 *       property and judged harmless by law, not copied from its code).</li>
 *   <li>New facts (art. 18): the period starts again, day 0 being the day the new material was received; earlier
 *       pauses no longer matter; an extension already granted still applies.</li>
 *   <li>Extensions (art. 18): an EXTENDED event with a known tier sets the whole term to the tier's term, but only if
 *       it is recorded on or before the due date then in force (the last day counts: it ends at 24:00, art. 203).</li>
 *   <li>A MONTHS term ends on the matching day of the month, or the month's last day when it has none (art. 202):
 *       that many calendar days are counted, and paused days are skipped like any others.</li>
 *   <li>The last day of a calendar-day period is rolled forward per the policy's {@code roll} (art. 203), and the
 *       period runs until that rolled day ends. So the rest days between the counted last day and the rolled day
 *       belong to the period: when a counted pause starts on one of them (or on the rolled day), those days are
 *       counted as part of the term, the walk goes on skipping the paused days, and the new last day is rolled
 *       again.</li>
 *   <li>A policy's cut-off (a host SLA's business hours): a working-day term started at or after the cut-off on a
 *       working day counts from the next working day, as if started then.</li>
 *   <li>The milestone stops at its first end event or at WITHDRAWN: later events do not change its due date.</li>
 * </ul>
 */
final class NaiveDeadlineOracle {

    private final WorkingCalendars calendars;

    NaiveDeadlineOracle(WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    /** The due date of every started milestone of the complaint, by milestone name, as of the evaluation date. */
    Map<String, LocalDate> dueDates(ComplaintRecord complaint, DeadlinePolicy requested, DeadlinePolicies all,
                                    LocalDate asOf) {
        DeadlinePolicy policy = requested;
        PolicyId transfer = requested.transfers().get(complaint.channel());
        if (transfer != null) {
            policy = all.get(transfer);
        }
        WorkingCalendar calendar = calendars.get(policy.calendarId()).withProvisionalProjection();
        ZoneId zone = policy.zone();
        List<TimelineEventRecord> events = new ArrayList<>(complaint.timeline());
        events.sort(Comparator.comparingInt(TimelineEventRecord::sequence));
        Map<String, LocalDate> due = new LinkedHashMap<>();
        for (MilestoneRule rule : policy.milestones()) {
            LocalDate d = milestone(rule, policy, calendar, zone, complaint.receivedAt(), events, asOf);
            if (d != null) {
                due.put(rule.name(), d);
            }
        }
        return due;
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    /** The clock of one milestone: its start day, its term and the paused days, walked event by event. */
    private static final class Clock {
        LocalDate start;
        Instant startAt;
        Term term;
        final List<LocalDate[]> pauses = new ArrayList<>();
        LocalDate openPause;
    }

    private static LocalDate milestone(MilestoneRule rule, DeadlinePolicy policy, WorkingCalendar calendar, ZoneId zone,
                                       Instant received, List<TimelineEventRecord> events, LocalDate asOf) {
        Clock c = new Clock();
        c.term = rule.term();
        boolean byReceipt = MilestoneRule.RECEIPT.equals(rule.startEvent());
        if (byReceipt) {
            c.start = day(received, zone);
            c.startAt = received;
        }
        for (TimelineEventRecord e : events) {
            LocalDate d = day(e.at(), zone);
            String type = e.type();
            if (c.start == null) {
                if (type.equals(rule.startEvent())) {
                    c.start = d;
                    c.startAt = e.at();
                }
                continue;
            }
            if (rule.endEvents().contains(type) || type.equals("WITHDRAWN")) {
                c.openPause = null;
                return walk(c, null, calendar, policy);
            }
            switch (type) {
                case "PAUSED" -> {
                    if (rule.pausable() && c.openPause == null
                            && policy.pauseReasons().contains(e.details().get("pauseReason"))) {
                        c.openPause = d;
                    }
                }
                case "RESUMED" -> {
                    if (c.openPause != null) {
                        c.pauses.add(new LocalDate[] {c.openPause, d});
                        c.openPause = null;
                    }
                }
                case "EXTENDED" -> {
                    String tier = e.details().get("tier");
                    for (ExtensionStep step : rule.extensions()) {
                        if (step.tier().equals(tier)) {
                            LocalDate inForce = walk(c, d.plusDays(1), calendar, policy);
                            if (!d.isAfter(inForce) && length(step.total()) > length(c.term)) {
                                c.term = step.total();
                            }
                        }
                    }
                }
                case "NEW_FACTS" -> {
                    if (rule.restartOnNewFacts()) {
                        c.start = d;
                        c.startAt = e.at();
                        c.pauses.clear();
                        if (c.openPause != null) {
                            c.openPause = d;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return c.start == null ? null : walk(c, asOf.plusDays(1), calendar, policy);
    }

    private static int length(Term t) {
        return switch (t.unit()) {
            case WEEKS -> t.amount() * 7;
            case MONTHS -> t.amount() * 30;
            default -> t.amount();
        };
    }

    /** The due date: a pause still open is counted up to (excluding) {@code openUntil}. */
    private static LocalDate walk(Clock c, LocalDate openUntil, WorkingCalendar calendar, DeadlinePolicy policy) {
        List<LocalDate[]> pauses = new ArrayList<>(c.pauses);
        if (c.openPause != null && openUntil != null) {
            pauses.add(new LocalDate[] {c.openPause, openUntil});
        }
        boolean working = c.term.unit() == TermUnit.WORKING_DAYS;
        LocalDate begin = c.start;
        if (working && policy.cutoff().isPresent() && calendar.isWorkingDay(c.start)
                && !c.startAt.atZone(policy.zone()).toLocalTime().isBefore(policy.cutoff().get())) {
            begin = c.start.plusDays(1);
            while (!calendar.isWorkingDay(begin)) {
                begin = begin.plusDays(1);
            }
        }
        int needed = switch (c.term.unit()) {
            case WORKING_DAYS -> c.term.amount();
            case MONTHS -> (int) (c.start.plusMonths(c.term.amount()).toEpochDay() - c.start.toEpochDay());
            default -> length(c.term);
        };
        while (true) {
            LocalDate d = begin;
            int counted = 0;
            while (counted < needed) {
                d = d.plusDays(1);
                if (paused(d, pauses)) {
                    continue;
                }
                if (!working || calendar.isWorkingDay(d)) {
                    counted++;
                }
            }
            if (working) {
                return d;
            }
            LocalDate end = roll(d, calendar, policy);
            boolean pauseInRolledDays = false;
            for (LocalDate[] p : pauses) {
                if (p[0].isAfter(d) && !p[0].isAfter(end) && p[1].isAfter(p[0])) {
                    pauseInRolledDays = true;
                }
            }
            if (!pauseInRolledDays) {
                return end;
            }
            needed += (int) (end.toEpochDay() - d.toEpochDay());
        }
    }

    private static LocalDate roll(LocalDate d, WorkingCalendar calendar, DeadlinePolicy policy) {
        return switch (policy.roll()) {
            case NONE -> d;
            case NON_WORKING_DAYS -> {
                while (!calendar.isWorkingDay(d)) {
                    d = d.plusDays(1);
                }
                yield d;
            }
            case STATUTORY_HOLIDAYS -> {
                if (calendar.dayKind(d) == DayKind.STATUTORY_HOLIDAY) {
                    while (!calendar.isWorkingDay(d)) {
                        d = d.plusDays(1);
                    }
                }
                yield d;
            }
        };
    }

    private static boolean paused(LocalDate d, List<LocalDate[]> pauses) {
        for (LocalDate[] p : pauses) {
            if (!d.isBefore(p[0]) && d.isBefore(p[1])) {
                return true;
            }
        }
        return false;
    }
}
