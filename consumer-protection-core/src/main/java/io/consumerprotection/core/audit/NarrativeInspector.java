package io.consumerprotection.core.audit;

import io.consumerprotection.core.privacy.NarrativeScrubber;
import io.consumerprotection.core.privacy.ScrubFinding;
import java.util.ArrayList;
import java.util.List;

/**
 * What finds unmasked personal data in a complaint's free text (narrative, request) for the privacy rules.
 *
 * @implSpec Implementations are thread-safe and never return or log the values they find.
 */
@FunctionalInterface
public interface NarrativeInspector {

    /** The personal data found in the text, in order; empty when none. */
    List<PersonalDataHit> inspect(String text);

    /** A version for the run record. */
    default String version() {
        return "custom";
    }

    /**
     * The privacy engine's narrative scrubber, finding without replacing: resident ID numbers, card numbers,
     * mobile numbers and e-mail addresses (C2 under its field catalogue) and the C3 secrets written after
     * their keyword (password, PIN, OTP, CVN, card expiry).
     */
    static NarrativeInspector scrubber(NarrativeScrubber scrubber) {
        java.util.Objects.requireNonNull(scrubber, "scrubber");
        return new NarrativeInspector() {
            @Override
            public List<PersonalDataHit> inspect(String text) {
                if (text == null || text.isEmpty()) {
                    return List.of();
                }
                List<ScrubFinding> found = scrubber.find(text);
                if (found.isEmpty()) {
                    return List.of();
                }
                List<PersonalDataHit> hits = new ArrayList<>(found.size());
                for (ScrubFinding f : found) {
                    hits.add(new PersonalDataHit(f.type().name(), f.informationClass().name(), f.start(), f.end()));
                }
                return hits;
            }

            @Override
            public String version() {
                return scrubber.toString();
            }
        };
    }
}
