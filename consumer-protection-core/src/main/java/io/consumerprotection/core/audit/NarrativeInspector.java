package io.consumerprotection.core.audit;

import io.consumerprotection.core.internal.audit.PersonalDataScanner;
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
     * The built-in scanner: resident ID numbers (checksum verified), mobile numbers, bank card numbers
     * (Luhn verified) as C2, and card security codes, PINs and passwords given with their label
     * (CVN, CVV, 密码, PIN) as C3. Masked values ({@code 138****5678}) are not reported.
     */
    static NarrativeInspector basic() {
        return new NarrativeInspector() {
            @Override
            public List<PersonalDataHit> inspect(String text) {
                if (text == null || text.isEmpty()) {
                    return List.of();
                }
                List<PersonalDataHit> hits = new ArrayList<>(0);
                PersonalDataScanner.scan(text, (type, c3, start, end) ->
                        hits.add(new PersonalDataHit(type, c3 ? "C3" : "C2", start, end)));
                return hits;
            }

            @Override
            public String version() {
                return PersonalDataScanner.VERSION;
            }
        };
    }
}
