package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scrubbing is a fixed point: what the scrubber wrote holds nothing it would scrub again. Otherwise the audit's
 * re-scan of stored text (CP-COMPLAINT-017) reports masked values as unmasked ones — as it did for compound
 * surnames ({@code 欧阳**} read as the name 欧阳).
 */
class ScrubIdempotenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"labelled-snippets.txt", "adversarial-snippets.txt"})
    void scrubbedTextHasNothingLeftToScrub(String resource) throws IOException {
        NarrativeScrubber scrubber = NarrativeScrubber.standard();
        List<String> again = new ArrayList<>();
        int n = 0;
        for (String line : NarrativeScrubberEvaluationTest.lines(resource)) {
            String once = scrubber.scrub(NarrativeScrubberEvaluationTest.parse(line).text()).text();
            List<ScrubFinding> found = scrubber.find(once);
            if (!found.isEmpty()) {
                again.add(found + " in: " + once);
            }
            n++;
        }
        assertThat(n).isGreaterThan(400);
        assertThat(again).as("found again after scrubbing, of %d snippets", n).isEmpty();
    }
}
