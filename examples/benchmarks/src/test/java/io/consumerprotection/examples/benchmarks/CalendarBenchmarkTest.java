package io.consumerprotection.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's setup cross-checks all three implementations on every input; it must pass. With
 * {@code previousCore} it loads a release in a class loader of its own and cross-checks it too: here the current
 * release's own classes stand in for the earlier one.
 */
class CalendarBenchmarkTest {

    /** The current core and spi classes (a jar or a directory each), as a {@code previousCore} parameter. */
    static String currentRelease() throws URISyntaxException {
        return Path.of(WorkingCalendar.class.getProtectionDomain().getCodeSource().getLocation().toURI()) + File.pathSeparator
                + Path.of(ComplaintRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void allImplementationsAgreeOnEveryInput() {
        assertThatCode(() -> new CalendarBenchmark.Calendars().setUp()).doesNotThrowAnyException();
    }

    @Test
    void aReleaseLoadedInItsOwnClassLoaderIsCrossCheckedAndMeasuredThroughHandles() throws Throwable {
        CalendarBenchmark.Calendars c = new CalendarBenchmark.Calendars();
        c.previousCore = currentRelease();
        c.setUp();
        CalendarBenchmark b = new CalendarBenchmark();
        CalendarBenchmark.Cursor k = new CalendarBenchmark.Cursor();
        CalendarBenchmark.Steps s = new CalendarBenchmark.Steps();
        s.n = 15;
        assertThat(b.addWorkingDaysPrevious(c, s, k)).isEqualTo(c.ours.addWorkingDays(c.workingDates[0], 15));
        assertThat(b.addWorkingDaysCurrentByHandle(c, s, k)).isEqualTo(c.ours.addWorkingDays(c.workingDates[1], 15));
        assertThat(b.isWorkingDayPrevious(c, k)).isEqualTo(c.ours.isWorkingDay(c.anyDates[2]));
        assertThat(b.workingDaysBetweenPrevious(c, k)).isEqualTo(c.ours.workingDaysBetween(c.from[3], c.to[3]));
    }
}
