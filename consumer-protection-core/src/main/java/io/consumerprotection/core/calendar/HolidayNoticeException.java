package io.consumerprotection.core.calendar;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.Violation;
import java.util.List;

/**
 * A State Council holiday notice whose text cannot be read (code {@value #INVALID}): each violation names
 * the item (its numeral and festival, such as {@code 二、春节}, or {@code year} / {@code items}), the rule
 * broken (such as {@code MALFORMED_DATE}, {@code IMPOSSIBLE_DATE}, {@code MAKE_UP_DAY_NOT_WEEKEND},
 * {@code UNKNOWN_FESTIVAL}) and quotes the sentence. The notice is public text, so the sentence is quoted whole.
 */
public final class HolidayNoticeException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    /** The code for a notice text that cannot be read. */
    public static final String INVALID = "INVALID_HOLIDAY_NOTICE";

    /** Creates the exception. */
    public HolidayNoticeException(String summary, List<Violation> violations) {
        super(INVALID, summary, violations);
    }
}
