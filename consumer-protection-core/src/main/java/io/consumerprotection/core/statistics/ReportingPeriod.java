package io.consumerprotection.core.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A reporting period: a range of days (both ends included) and its kind. {@link #toString()} gives the
 * canonical form {@link #parse(String)} accepts: {@code 2025} (year), {@code 2025-H1} (half-year),
 * {@code 2025-Q2} (quarter), {@code 2025-03} (month), {@code 2025-01-01..2025-11-30} (any range).
 */
public final class ReportingPeriod {

    private final LocalDate start;
    private final LocalDate end;
    private final PeriodKind kind;

    private ReportingPeriod(LocalDate start, LocalDate end, PeriodKind kind) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.kind = kind;
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /** A calendar month. */
    public static ReportingPeriod month(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new ReportingPeriod(month.atDay(1), month.atEndOfMonth(), PeriodKind.MONTH);
    }

    /** A calendar quarter, 1 to 4. */
    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new ReportingPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth(), PeriodKind.QUARTER);
    }

    /** A calendar half-year, 1 or 2. */
    public static ReportingPeriod halfYear(int year, int half) {
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("half must be 1 or 2: " + half);
        }
        YearMonth first = YearMonth.of(year, half * 6 - 5);
        return new ReportingPeriod(first.atDay(1), first.plusMonths(5).atEndOfMonth(), PeriodKind.HALF_YEAR);
    }

    /** A calendar year. */
    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PeriodKind.YEAR);
    }

    /** Any range of days, both ends included. */
    public static ReportingPeriod of(LocalDate start, LocalDate endInclusive) {
        return new ReportingPeriod(start, endInclusive, PeriodKind.CUSTOM);
    }

    /**
     * Parses the canonical form.
     *
     * @throws IllegalArgumentException if the text is not a period
     */
    public static ReportingPeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        try {
            if (t.contains("..")) {
                String[] p = t.split("\\.\\.", 2);
                return of(LocalDate.parse(p[0]), LocalDate.parse(p[1]));
            }
            if (t.matches("\\d{4}")) {
                return year(Integer.parseInt(t));
            }
            if (t.matches("\\d{4}-H[12]")) {
                return halfYear(Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0');
            }
            if (t.matches("\\d{4}-Q[1-4]")) {
                return quarter(Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0');
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return month(YearMonth.parse(t));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("text: not a reporting period: " + text, e);
        }
        throw new IllegalArgumentException("text: not a reporting period: " + text);
    }

    /** The first day. */
    public LocalDate start() {
        return start;
    }

    /** The last day (included). */
    public LocalDate end() {
        return end;
    }

    /** The kind. */
    public PeriodKind kind() {
        return kind;
    }

    /** Whether the day falls in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The number of days. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * The period just before, for period-on-period change: the previous month, quarter, half-year or year;
     * for a custom range, the same number of days just before it.
     */
    public ReportingPeriod previous() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(start).minusMonths(1));
            case QUARTER -> new ReportingPeriod(start.minusMonths(3), start.minusDays(1), kind);
            case HALF_YEAR -> new ReportingPeriod(start.minusMonths(6), start.minusDays(1), kind);
            case YEAR -> year(start.getYear() - 1);
            case CUSTOM -> of(start.minusDays(days()), start.minusDays(1));
        };
    }

    /**
     * The same period one year earlier, for year-on-year change. A range ending on 29 February ends on
     * 28 February the year before.
     */
    public ReportingPeriod yearBefore() {
        LocalDate e = kind == PeriodKind.CUSTOM ? end.minusYears(1) : YearMonth.from(end).minusYears(1).atEndOfMonth();
        return new ReportingPeriod(start.minusYears(1), e, kind);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod p && p.start.equals(start) && p.end.equals(end) && p.kind == kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, kind);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> String.valueOf(start.getYear());
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() == 1 ? 1 : 2);
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
            case MONTH -> YearMonth.from(start).toString();
            case CUSTOM -> start + ".." + end;
        };
    }
}
