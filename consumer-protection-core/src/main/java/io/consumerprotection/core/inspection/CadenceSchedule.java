package io.consumerprotection.core.inspection;

import io.consumerprotection.core.calendar.CalendarCoverageException;
import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.spi.inspection.CadenceRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The three-level cadence as a schedule: which units owe which {@link CadenceKind}, cut into its periods (calendar
 * quarters, calendar months, working days). The working days of the daily reminders come from a
 * {@link WorkingCalendar}: by default ({@link #of(Map)}) the bundled China mainland calendar
 * ({@link WorkingCalendars#chinaMainland()}), so statutory holidays owe no reminder and 调休 make-up Saturdays owe
 * one. A day outside the calendar's coverage is never guessed: {@link #periods} throws the typed
 * {@link CalendarCoverageException} naming the date and the calendar version (load the next State Council notice,
 * or pass {@link WorkingCalendar#withProvisionalProjection()} to accept provisional answers). Monday to Friday
 * ({@link #WEEKDAYS}) is used only when the host passes it explicitly. Immutable.
 */
public final class CadenceSchedule {

    /**
     * Monday to Friday, ignoring statutory holidays and 调休: only for a host that passes it on purpose (a unit that
     * works a plain week); the default is the China mainland calendar.
     */
    public static final Predicate<LocalDate> WEEKDAYS = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY;

    private final Map<CadenceKind, Set<String>> units;
    private final Predicate<LocalDate> workingDay;

    private CadenceSchedule(Map<CadenceKind, Set<String>> units, Predicate<LocalDate> workingDay) {
        this.units = units;
        this.workingDay = workingDay;
    }

    /**
     * A schedule: the units owing each kind, with the working days of the bundled China mainland calendar.
     *
     * @see #of(Map, WorkingCalendar)
     */
    public static CadenceSchedule of(Map<CadenceKind, Set<String>> units) {
        return of(units, WorkingCalendars.chinaMainland());
    }

    /**
     * A schedule: the units owing each kind, with the working days of {@code calendar}. {@link #periods} throws
     * {@link CalendarCoverageException} for a day of a daily reminder outside the calendar's coverage (unless the
     * calendar projects provisionally), before it returns anything.
     */
    public static CadenceSchedule of(Map<CadenceKind, Set<String>> units, WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return of(units, calendar::isWorkingDay);
    }

    /** A schedule: the units owing each kind, with these working days (the host's own rule). */
    public static CadenceSchedule of(Map<CadenceKind, Set<String>> units, Predicate<LocalDate> workingDay) {
        Map<CadenceKind, Set<String>> copy = new EnumMap<>(CadenceKind.class);
        Objects.requireNonNull(units, "units").forEach((k, v) -> copy.put(k, Set.copyOf(new TreeSet<>(v))));
        return new CadenceSchedule(copy, Objects.requireNonNull(workingDay, "workingDay"));
    }

    /**
     * Every period that lies wholly in {@code [from, to]}, for every unit owing it, with the count of {@code done}
     * records of that kind and unit in it; by kind, unit, then first day.
     *
     * @throws CalendarCoverageException when the schedule's calendar does not cover a day of {@code [from, to]}
     *                                   that a daily reminder is owed on (no partial answer)
     */
    public List<CadencePeriod> periods(LocalDate from, LocalDate to, List<CadenceRecord> done) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(done, "done");
        Map<String, List<LocalDate>> byKindUnit = new HashMap<>();
        for (CadenceRecord r : done) {
            byKindUnit.computeIfAbsent(r.kind() + "\u0000" + r.unitId(), k -> new ArrayList<>()).add(r.on());
        }
        List<CadencePeriod> out = new ArrayList<>();
        for (CadenceKind kind : CadenceKind.values()) {
            if (units.getOrDefault(kind, Set.of()).isEmpty()) {
                continue;
            }
            List<LocalDate[]> cuts = cut(kind, from, to);
            for (String unit : new TreeSet<>(units.getOrDefault(kind, Set.of()))) {
                List<LocalDate> days = byKindUnit.getOrDefault(kind.name() + "\u0000" + unit, List.of());
                for (LocalDate[] p : cuts) {
                    long n = days.stream().filter(d -> !d.isBefore(p[0]) && !d.isAfter(p[1])).count();
                    out.add(new CadencePeriod(kind, unit, p[0], p[1], n));
                }
            }
        }
        return List.copyOf(out);
    }

    private List<LocalDate[]> cut(CadenceKind kind, LocalDate from, LocalDate to) {
        List<LocalDate[]> cuts = new ArrayList<>();
        switch (kind.period()) {
            case "QUARTER" -> {
                LocalDate q = from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
                for (; !q.isAfter(to); q = q.plusMonths(3)) {
                    LocalDate end = q.plusMonths(3).minusDays(1);
                    if (!q.isBefore(from) && !end.isAfter(to)) {
                        cuts.add(new LocalDate[] {q, end});
                    }
                }
            }
            case "MONTH" -> {
                for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
                    LocalDate end = m.plusMonths(1).minusDays(1);
                    if (!m.isBefore(from) && !end.isAfter(to)) {
                        cuts.add(new LocalDate[] {m, end});
                    }
                }
            }
            default -> {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    if (workingDay.test(d)) {
                        cuts.add(new LocalDate[] {d, d});
                    }
                }
            }
        }
        return cuts;
    }
}
