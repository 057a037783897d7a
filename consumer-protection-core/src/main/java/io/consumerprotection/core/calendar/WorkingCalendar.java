package io.consumerprotection.core.calendar;

import io.consumerprotection.core.internal.calendar.WorkingDayIndex;
import io.consumerprotection.spi.calendar.CalendarDayRecord;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a working-day calendar, indexed for constant-time arithmetic: whether a date is a working
 * day and what kind of day it is, the next and previous working day, adding working days, counting them,
 * and Civil Code calendar-day periods.
 *
 * <p>Immutable and thread-safe. After construction every operation takes constant time and, on success,
 * allocates nothing: results are cached {@link LocalDate} instances. Coverage is explicit: an operation
 * that needs a date outside {@link #coverageStart()}..{@link #coverageEnd()} throws
 * {@link CalendarCoverageException}, unless this is a {@linkplain #withProvisionalProjection() provisional
 * projection}, which treats unknown dates as an ordinary week and says so through {@link #isProvisional(LocalDate)}.
 */
public final class WorkingCalendar {

    private static final DayKind[] KINDS = {DayKind.WORKING_DAY, DayKind.WEEKEND, DayKind.STATUTORY_HOLIDAY,
        DayKind.MAKE_UP_WORKING_DAY};
    /** How far a provisional projection reaches beyond the data, in years, on each side. */
    private static final int PROJECTION_YEARS = 10;

    private final HolidayCalendarRecord data;
    private final CalendarId id;
    private final boolean projected;
    private final WorkingDayIndex index;
    private final LocalDate indexFirst;
    private final LocalDate indexLast;
    private final Map<LocalDate, CalendarDayRecord> listed;

    private WorkingCalendar(HolidayCalendarRecord data, boolean projected) {
        this.data = data;
        this.id = CalendarId.of(data.calendarId());
        this.projected = projected;
        Map<LocalDate, Boolean> kinds = new HashMap<>();
        Map<LocalDate, CalendarDayRecord> days = new HashMap<>();
        for (CalendarDayRecord day : data.days()) {
            kinds.put(day.date(), CalendarDayRecord.WORKDAY.equals(day.kind()));
            days.put(day.date(), day);
        }
        this.listed = Map.copyOf(days);
        this.indexFirst = projected ? data.coverageStart().minusYears(PROJECTION_YEARS).withDayOfYear(1) : data.coverageStart();
        this.indexLast = projected ? data.coverageEnd().plusYears(PROJECTION_YEARS).withMonth(12).withDayOfMonth(31) : data.coverageEnd();
        this.index = WorkingDayIndex.of(indexFirst, indexLast, data.weekend(), kinds);
    }

    /**
     * The calendar of this data.
     *
     * @throws CalendarDataException when the listed days are not sorted, unique and inside the coverage
     */
    public static WorkingCalendar of(HolidayCalendarRecord data) {
        Objects.requireNonNull(data, "data");
        WorkingCalendars.validate(data);
        return new WorkingCalendar(data, false);
    }

    /**
     * A copy that answers for dates up to ten years beyond the data by treating them as an ordinary week
     * (the data's weekly rest days, no holidays). Every answer that touched such a date is provisional: check
     * {@link #isProvisional(LocalDate)} on the dates involved, as the deadline engine does.
     */
    public WorkingCalendar withProvisionalProjection() {
        return projected ? this : new WorkingCalendar(data, true);
    }

    /** Whether this is a provisional projection beyond the data. */
    public boolean isProjected() {
        return projected;
    }

    /** The calendar id. */
    public CalendarId id() {
        return id;
    }

    /** The data version, for example {@code 2026a}. */
    public String version() {
        return data.version();
    }

    /** The human-readable name. */
    public String name() {
        return data.name();
    }

    /** The citation of the data's source. */
    public String source() {
        return data.source();
    }

    /** The first date the data covers. */
    public LocalDate coverageStart() {
        return data.coverageStart();
    }

    /** The last date the data covers. */
    public LocalDate coverageEnd() {
        return data.coverageEnd();
    }

    /** The ordinary weekly rest days. */
    public Set<DayOfWeek> weekend() {
        return data.weekend();
    }

    /** The data this calendar was built from. */
    public HolidayCalendarRecord data() {
        return data;
    }

    /** Whether the data covers this date. */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(data.coverageStart()) && !date.isAfter(data.coverageEnd());
    }

    /** Whether an answer about this date is provisional: the date is outside the data's coverage. */
    public boolean isProvisional(LocalDate date) {
        return !covers(date);
    }

    /** Whether the date is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        return index.isWorking(dayNumber(date));
    }

    /** What kind of day the date is. */
    public DayKind dayKind(LocalDate date) {
        return KINDS[index.kind(dayNumber(date))];
    }

    /** The listed entry of this date (its holiday name and source), if the data lists it. */
    public Optional<CalendarDayRecord> findListedDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(listed.get(date));
    }

    /** The first working day strictly after the date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /** The last working day strictly before the date. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return addWorkingDays(date, -1);
    }

    /**
     * Moves by working days: for {@code n > 0} the n-th working day strictly after {@code date}; for
     * {@code n < 0} the |n|-th working day strictly before it; for {@code n == 0} {@code date} itself if it is
     * a working day, otherwise the next working day.
     *
     * @throws CalendarCoverageException when the date or the answer lies outside the coverage
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        int i = dayNumber(date);
        boolean working = index.isWorking(i);
        long ordinal;
        if (n > 0) {
            ordinal = (long) index.workingDaysUpTo(i) + n - 1;
        } else if (n == 0) {
            if (working) {
                return date;
            }
            ordinal = index.workingDaysUpTo(i);
        } else {
            ordinal = (long) index.workingDaysUpTo(i) - (working ? 1 : 0) + n;
        }
        if (ordinal < 0) {
            throw coverage(indexFirst.minusDays(1));
        }
        if (ordinal >= index.workingDayCount()) {
            throw coverage(indexLast.plusDays(1));
        }
        return index.workingDate((int) ordinal);
    }

    /**
     * The number of working days in {@code (from, to]} (start excluded, end included), or the negative of the
     * number in {@code (to, from]} when {@code to} is before {@code from}. So
     * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}, and
     * {@code addWorkingDays(a, workingDaysBetween(a, b)) == b} whenever {@code b} is a working day and either
     * {@code b} is not before {@code a} or {@code a} is a working day. (Counting back from a rest day {@code a}
     * lands on the earliest working day of {@code (b, a]}, the day after {@code b}'s turn.)
     *
     * @throws CalendarCoverageException when a date lies outside the coverage
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int f = dayNumberOf(from, "from");
        int t = dayNumberOf(to, "to");
        return index.workingDaysUpTo(t) - index.workingDaysUpTo(f);
    }

    /**
     * The end of a calendar-day period under the Civil Code (arts 200-204): the start day is not counted;
     * a period of months or years ends on the matching day, or on the month's last day when it has none;
     * and a last day on a rest day moves to the next working day as the roll rule says.
     *
     * @param start  the day of the event that starts the period (not counted)
     * @param period the length, in days, months and years (none negative)
     * @param rule   the roll rule
     * @throws CalendarCoverageException when a date needed lies outside the coverage
     */
    public PeriodEnd periodEnd(LocalDate start, Period period, RollRule rule) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rule, "rule");
        if (period.isNegative()) {
            throw new IllegalArgumentException("period must not be negative, was " + period);
        }
        dayNumber(start);
        LocalDate nominal = start.plus(period);
        DayKind kind = dayKind(nominal);
        boolean roll = switch (rule) {
            case NONE -> false;
            case STATUTORY_HOLIDAYS -> kind == DayKind.STATUTORY_HOLIDAY;
            case NON_WORKING_DAYS -> !kind.isWorkingDay();
        };
        return new PeriodEnd(start, nominal, kind, roll ? nextWorkingDay(nominal) : nominal, rule);
    }

    private int dayNumber(LocalDate date) {
        return dayNumberOf(date, "date");
    }

    private int dayNumberOf(LocalDate date, String parameter) {
        if (date == null) {
            throw new NullPointerException(parameter);
        }
        int i = index.dayNumber(date);
        if (i < 0) {
            throw coverage(date);
        }
        return i;
    }

    private CalendarCoverageException coverage(LocalDate date) {
        return new CalendarCoverageException(date, id.toString(), version(),
                projected ? indexFirst : data.coverageStart(), projected ? indexLast : data.coverageEnd());
    }

    /** {@code CN 2026a}, with {@code (provisional projection)} appended for a projection. */
    @Override
    public String toString() {
        return id + " " + version() + (projected ? " (provisional projection)" : "");
    }
}
