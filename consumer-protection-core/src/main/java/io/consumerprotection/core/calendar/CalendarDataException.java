package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * Calendar data that cannot be used: a malformed calendar file or record (code {@value #INVALID}), or two
 * providers supplying different data under the same calendar id and version (code {@value #CONFLICT}).
 * Every violation names the field (or file line) and the rule broken.
 */
public final class CalendarDataException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code for malformed calendar data. */
    public static final String INVALID = "INVALID_CALENDAR_DATA";
    /** The code for a conflicting duplicate calendar version. */
    public static final String CONFLICT = "CALENDAR_CONFLICT";

    /** Creates the exception. */
    public CalendarDataException(String code, String summary, List<Violation> violations) {
        super(code, summary, violations);
    }
}
