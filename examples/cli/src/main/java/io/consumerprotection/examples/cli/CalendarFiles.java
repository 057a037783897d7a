package io.consumerprotection.examples.cli;

import io.consumerprotection.core.calendar.CalendarDataException;
import io.consumerprotection.core.calendar.HolidayCalendarFormat;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Calendar files named by an option ({@code health --calendar}, {@code calendar import-notice --base}). */
final class CalendarFiles {

    private CalendarFiles() {
    }

    /**
     * The calendar in the file.
     *
     * @throws CommandFailure a usage mistake naming the option: no such file, a directory, unreadable, or not a calendar
     *                        file (with the first malformed line's problem)
     */
    static HolidayCalendarRecord read(Path file, String option) {
        InputStream in = InputLines.openFile(file, option);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return HolidayCalendarFormat.parse(reader, file.getFileName().toString());
        } catch (CalendarDataException e) {
            String first = e.violations().isEmpty() ? CommandFailure.firstLine(e)
                    : e.violations().get(0).field() + ": " + e.violations().get(0).message();
            throw CommandFailure.usage(option, "'" + file + "' is not a calendar file (" + first
                    + "); give a file written by calendar import-notice");
        } catch (IOException e) {
            throw CommandFailure.usage(option, "'" + file + "' cannot be read: " + CommandFailure.firstLine(e));
        }
    }
}
