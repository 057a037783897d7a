package io.consumerprotection.core.internal;

import java.time.LocalDate;

/**
 * {@link LocalDate#ofEpochDay} for the days an audit reads again and again, without redoing the civil
 * calendar arithmetic (two divisions and a dozen steps) every time: the dates from 2000 to 2099 are kept,
 * once made, in blocks of 512 days allocated on first use. Other days are made as the JDK makes them.
 *
 * <p>Thread-safe without locks: threads racing on an empty block or slot each store an equal value (a lost
 * store only costs making the date again), and {@code LocalDate}'s fields are final, so a date read from a
 * slot is complete.
 */
public final class EpochDays {

    /** 2000-01-01. */
    private static final long FIRST = LocalDate.of(2000, 1, 1).toEpochDay();
    /** 2100-01-01, the first day not kept. */
    private static final long END = LocalDate.of(2100, 1, 1).toEpochDay();
    private static final int BLOCK_BITS = 9;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final LocalDate[][] BLOCKS = new LocalDate[(int) ((END - FIRST + BLOCK - 1) >> BLOCK_BITS)][];

    private EpochDays() {
    }

    /** {@code LocalDate.ofEpochDay(epochDay)}, the same date (kept, for the years 2000 to 2099). */
    public static LocalDate date(long epochDay) {
        if (epochDay < FIRST || epochDay >= END) {
            return LocalDate.ofEpochDay(epochDay);
        }
        int offset = (int) (epochDay - FIRST);
        LocalDate[] block = BLOCKS[offset >>> BLOCK_BITS];
        if (block == null) {
            block = new LocalDate[BLOCK];
            BLOCKS[offset >>> BLOCK_BITS] = block;
        }
        LocalDate d = block[offset & (BLOCK - 1)];
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay);
            block[offset & (BLOCK - 1)] = d;
        }
        return d;
    }
}
