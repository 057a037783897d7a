package io.consumerprotection.core.internal.audit;

import io.consumerprotection.core.internal.EpochDays;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * ISO-8601 text of dates and instants exactly as {@link LocalDate#toString()} and {@link Instant#toString()}
 * write them, without the formatter machinery for the common case (years 1000 to 9999, whole seconds):
 * an audit writes one or two dates into every failure it finds. Anything else falls back to {@code toString()}.
 * The texts of recent dates are kept in a small direct-mapped table (findings cite the same few hundred days
 * again and again); entries are immutable, so threads may race on a slot without harm.
 */
public final class IsoText {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final int DAY_SLOTS = 1024;
    private static final Day[] DAYS = new Day[DAY_SLOTS];

    /** A date's text, kept in {@link #DAYS}. */
    private record Day(long epochDay, String text) {
    }

    private IsoText() {
    }

    /** The text of {@code date.toString()}, for example {@code 2024-10-08}. */
    public static String of(LocalDate date) {
        long epochDay = date.toEpochDay();
        int slot = (int) (epochDay & (DAY_SLOTS - 1));
        Day known = DAYS[slot];
        if (known != null && known.epochDay == epochDay) {
            return known.text;
        }
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return date.toString();
        }
        byte[] c = new byte[10];
        writeDate(c, year, date.getMonthValue(), date.getDayOfMonth());
        String text = new String(c, StandardCharsets.ISO_8859_1);
        DAYS[slot] = new Day(epochDay, text);
        return text;
    }

    /** The text of {@code instant.toString()}, for example {@code 2024-10-08T04:00:00Z}. */
    public static String of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0) {
            return instant.toString();
        }
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        LocalDate date = EpochDays.date(day);
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return instant.toString();
        }
        byte[] c = new byte[20];
        writeDate(c, year, date.getMonthValue(), date.getDayOfMonth());
        c[10] = 'T';
        two(c, 11, secondOfDay / 3600);
        c[13] = ':';
        two(c, 14, secondOfDay / 60 % 60);
        c[16] = ':';
        two(c, 17, secondOfDay % 60);
        c[19] = 'Z';
        return new String(c, StandardCharsets.ISO_8859_1);
    }

    private static void writeDate(byte[] c, int year, int month, int day) {
        c[0] = (byte) ('0' + year / 1000);
        c[1] = (byte) ('0' + year / 100 % 10);
        c[2] = (byte) ('0' + year / 10 % 10);
        c[3] = (byte) ('0' + year % 10);
        c[4] = '-';
        two(c, 5, month);
        c[7] = '-';
        two(c, 8, day);
    }

    private static void two(byte[] c, int at, int value) {
        c[at] = (byte) ('0' + value / 10);
        c[at + 1] = (byte) ('0' + value % 10);
    }
}
