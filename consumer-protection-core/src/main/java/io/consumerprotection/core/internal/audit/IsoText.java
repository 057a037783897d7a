package io.consumerprotection.core.internal.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * ISO-8601 text of dates and instants exactly as {@link LocalDate#toString()} and {@link Instant#toString()}
 * write them, without the formatter machinery for the common case (years 1000 to 9999, whole seconds):
 * an audit writes one or two dates into every failure it finds. Anything else falls back to {@code toString()}.
 */
public final class IsoText {

    private static final long SECONDS_PER_DAY = 86_400;

    private IsoText() {
    }

    /** The text of {@code date.toString()}, for example {@code 2024-10-08}. */
    public static String of(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return date.toString();
        }
        char[] c = new char[10];
        writeDate(c, year, date.getMonthValue(), date.getDayOfMonth());
        return new String(c);
    }

    /** The text of {@code instant.toString()}, for example {@code 2024-10-08T04:00:00Z}. */
    public static String of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0) {
            return instant.toString();
        }
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return instant.toString();
        }
        char[] c = new char[20];
        writeDate(c, year, date.getMonthValue(), date.getDayOfMonth());
        c[10] = 'T';
        two(c, 11, secondOfDay / 3600);
        c[13] = ':';
        two(c, 14, secondOfDay / 60 % 60);
        c[16] = ':';
        two(c, 17, secondOfDay % 60);
        c[19] = 'Z';
        return new String(c);
    }

    private static void writeDate(char[] c, int year, int month, int day) {
        c[0] = (char) ('0' + year / 1000);
        c[1] = (char) ('0' + year / 100 % 10);
        c[2] = (char) ('0' + year / 10 % 10);
        c[3] = (char) ('0' + year % 10);
        c[4] = '-';
        two(c, 5, month);
        c[7] = '-';
        two(c, 8, day);
    }

    private static void two(char[] c, int at, int value) {
        c[at] = (char) ('0' + value / 10);
        c[at + 1] = (char) ('0' + value % 10);
    }
}
