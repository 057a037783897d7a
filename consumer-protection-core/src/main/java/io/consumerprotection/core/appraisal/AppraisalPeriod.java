package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an assessment covers: from one day to another, both included.
 *
 * <p>{@link #parse} accepts {@code 2025}, {@code 2025-H1}, {@code 2025-Q3} and
 * {@code 2025-01-01/2025-06-30}; {@link #toString()} gives the last form.
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}
 */
public record AppraisalPeriod(LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-([HQ])([1-4]))?");

    public AppraisalPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** The period from one day to another, both included. */
    public static AppraisalPeriod of(LocalDate from, LocalDate to) {
        return new AppraisalPeriod(from, to);
    }

    /** A calendar year. */
    public static AppraisalPeriod year(int year) {
        return new AppraisalPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Parses {@code 2025}, {@code 2025-H1}, {@code 2025-Q3} or {@code 2025-01-01/2025-06-30}.
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static AppraisalPeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = YEAR.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return year(year);
            }
            int n = Integer.parseInt(m.group(3));
            if (m.group(2).equals("H")) {
                if (n > 2) {
                    throw new IllegalArgumentException("text (" + Redaction.shape(text) + "): a year has two halves");
                }
                LocalDate start = LocalDate.of(year, n == 1 ? 1 : 7, 1);
                return of(start, start.plusMonths(6).minusDays(1));
            }
            LocalDate start = LocalDate.of(year, 3 * (n - 1) + 1, 1);
            return of(start, start.plusMonths(3).minusDays(1));
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("text (" + Redaction.shape(text) + ") is not a period (2025, 2025-H1, 2025-Q1 or from/to)");
        }
        try {
            return of(LocalDate.parse(text.substring(0, slash)), LocalDate.parse(text.substring(slash + 1)));
        } catch (DateTimeParseException e) {
            // not chained: the parser's message repeats the text
            throw new IllegalArgumentException("text (" + Redaction.shape(text)
                    + ") is not a period: from and to are not ISO dates yyyy-mm-dd");
        }
    }

    /** The same period one year earlier (for year-on-year comparison). */
    public AppraisalPeriod previousYear() {
        return of(from.minusYears(1), to.minusYears(1));
    }

    @Override
    public String toString() {
        return from + "/" + to;
    }
}
