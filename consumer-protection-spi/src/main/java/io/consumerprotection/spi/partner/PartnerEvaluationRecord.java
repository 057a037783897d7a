package io.consumerprotection.spi.partner;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One periodic (or special) evaluation of a partner, as stored.
 *
 * @param on         the day of the evaluation
 * @param actor      who evaluated (real-name staff id)
 * @param score      the score, 0 to 100
 * @param conclusion {@code PASS}, {@code WATCH} or {@code FAIL}
 * @param note       a note; may be empty; never personal data
 */
public record PartnerEvaluationRecord(LocalDate on, String actor, int score, String conclusion, String note) {

    public PartnerEvaluationRecord {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(conclusion, "conclusion");
        note = note == null ? "" : note;
    }

    @Override
    public String toString() {
        return "PartnerEvaluationRecord[on=" + on + ", actor=" + Redaction.code(actor) + ", score=" + score + ", conclusion="
                + Redaction.code(conclusion) + ", note=" + Redaction.text(note) + "]";
    }
}
