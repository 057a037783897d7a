package io.consumerprotection.core.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * Something legal but doubtful about a scorecard, found when it is loaded.
 *
 * @param code     a stable code, for example {@code COMPLAINT_COUNT_ONLY}
 * @param message  what is doubtful
 * @param citation the rule it concerns
 */
public record ScorecardWarning(String code, String message, String citation) {

    /** The scorecard's only complaint indicator is the complaint count. */
    public static final String COMPLAINT_COUNT_ONLY = "COMPLAINT_COUNT_ONLY";

    public ScorecardWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
    }

    @Override
    public String toString() {
        return "ScorecardWarning[code=" + Redaction.code(code) + ", message=" + Redaction.text(message) + ", citation="
                + Redaction.text(citation) + "]";
    }
}
