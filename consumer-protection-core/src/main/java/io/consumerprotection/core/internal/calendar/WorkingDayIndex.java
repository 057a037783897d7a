package io.consumerprotection.core.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A precomputed index of a closed range of dates that answers every working-day question in constant time
 * without allocating: a year/month table turns a {@link LocalDate} into a day number without the cost of
 * {@link LocalDate#toEpochDay()}, a prefix count gives the number of working days up to each day, and an
 * ordinal table hands out cached {@code LocalDate} instances of the working days.
 *
 * <p>Day numbers run from 0 (the range's first date) to {@link #length()} - 1. Methods taking a day number
 * or ordinal do not check it: the caller checks {@link #dayNumber} for {@code -1} first.
 */
public final class WorkingDayIndex {

    /** An ordinary working day. */
    public static final byte WORKDAY = 0;
    /** An ordinary weekly rest day. */
    public static final byte WEEKEND = 1;
    /** A listed day off (statutory holiday or closure). */
    public static final byte HOLIDAY = 2;
    /** A listed make-up working day (调休). */
    public static final byte MAKE_UP_WORKDAY = 3;

    private final LocalDate first;
    private final int firstYear;
    private final int years;
    private final int[] monthStart;
    private final int length;
    private final byte[] kinds;
    private final boolean[] working;
    private final int[] prefix;
    private final LocalDate[] workingDates;

    private WorkingDayIndex(LocalDate first, LocalDate last, Set<DayOfWeek> weekend, Map<LocalDate, Boolean> listed) {
        this.first = first;
        this.firstYear = first.getYear();
        this.years = last.getYear() - firstYear + 1;
        this.length = Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
        this.monthStart = new int[years * 12];
        long firstEpoch = first.toEpochDay();
        for (int y = 0; y < years; y++) {
            for (int m = 0; m < 12; m++) {
                monthStart[y * 12 + m] = Math.toIntExact(LocalDate.of(firstYear + y, m + 1, 1).toEpochDay() - firstEpoch);
            }
        }
        this.kinds = new byte[length];
        this.working = new boolean[length];
        this.prefix = new int[length];
        int count = 0;
        LocalDate d = first;
        for (int i = 0; i < length; i++, d = d.plusDays(1)) {
            Boolean listedWorking = listed.get(d);
            byte kind;
            if (listedWorking == null) {
                kind = weekend.contains(d.getDayOfWeek()) ? WEEKEND : WORKDAY;
            } else {
                kind = listedWorking ? MAKE_UP_WORKDAY : HOLIDAY;
            }
            kinds[i] = kind;
            working[i] = kind == WORKDAY || kind == MAKE_UP_WORKDAY;
            if (working[i]) {
                count++;
            }
            prefix[i] = count;
        }
        // one pass, so the cached dates lie together on the heap
        this.workingDates = new LocalDate[count];
        d = first;
        for (int i = 0, k = 0; i < length; i++, d = d.plusDays(1)) {
            if (working[i]) {
                workingDates[k++] = d;
            }
        }
    }

    /**
     * Builds the index of {@code [first, last]}.
     *
     * @param weekend the weekly rest days
     * @param listed  listed dates: {@code true} for a make-up working day, {@code false} for a day off; dates
     *                outside the range are ignored
     */
    public static WorkingDayIndex of(LocalDate first, LocalDate last, Set<DayOfWeek> weekend, Map<LocalDate, Boolean> listed) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(weekend, "weekend");
        Objects.requireNonNull(listed, "listed");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last " + last + " is before first " + first);
        }
        return new WorkingDayIndex(first, last, weekend, listed);
    }

    /** The day number of a date, or {@code -1} when it is outside the range. */
    public int dayNumber(LocalDate date) {
        int y = date.getYear() - firstYear;
        if (y < 0 || y >= years) {
            return -1;
        }
        int i = monthStart[y * 12 + date.getMonthValue() - 1] + date.getDayOfMonth() - 1;
        return i < 0 || i >= length ? -1 : i;
    }

    /** The first date of the range. */
    public LocalDate first() {
        return first;
    }

    /** The number of days in the range. */
    public int length() {
        return length;
    }

    /** Whether day {@code i} is a working day. */
    public boolean isWorking(int i) {
        return working[i];
    }

    /** The kind of day {@code i}: {@link #WORKDAY}, {@link #WEEKEND}, {@link #HOLIDAY} or {@link #MAKE_UP_WORKDAY}. */
    public byte kind(int i) {
        return kinds[i];
    }

    /** The number of working days among days {@code 0..i}, both included. */
    public int workingDaysUpTo(int i) {
        return prefix[i];
    }

    /** The number of working days in the range. */
    public int workingDayCount() {
        return workingDates.length;
    }

    /** The working day with this 0-based ordinal, a cached instance. */
    public LocalDate workingDate(int ordinal) {
        return workingDates[ordinal];
    }
}
