package io.consumerprotection.core.partner;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One evaluation of a partner (periodic, or special as seed 003's 专项评估).
 *
 * @param on         the day
 * @param actor      who evaluated
 * @param score      0 to 100
 * @param conclusion the conclusion
 * @param note       a note; may be empty
 */
public record PartnerEvaluation(LocalDate on, String actor, int score, EvaluationConclusion conclusion, String note) {

    public PartnerEvaluation {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(conclusion, "conclusion");
        note = note == null ? "" : note;
    }

    @Override
    public String toString() {
        return "PartnerEvaluation[" + on + " by " + Redaction.code(actor) + ": " + score + " " + conclusion + ", note "
                + Redaction.text(note) + "]";
    }
}
