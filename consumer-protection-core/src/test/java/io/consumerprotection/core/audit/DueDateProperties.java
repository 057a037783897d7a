package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** A due date's citation texts are the plain concatenations, whatever policies shared the text table before. */
class DueDateProperties {

    @Property(tries = 3000)
    void citationsAreThePlainTexts(@ForAll @AlphaChars @StringLength(min = 1, max = 3) String policy,
                                   @ForAll @AlphaChars @StringLength(max = 2) String version,
                                   @ForAll @AlphaChars @StringLength(min = 1, max = 2) String calendar,
                                   @ForAll @LongRange(min = 0, max = 40_000) long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        DueDate due = new DueDate("DECISION", date, policy, version, calendar);
        assertThat(due.cite()).isEqualTo(date + " (" + policy + ", calendar " + calendar + ")");
        assertThat(due.policyWithVersion()).isEqualTo(version.isEmpty() ? policy : policy + " " + version);
    }
}
