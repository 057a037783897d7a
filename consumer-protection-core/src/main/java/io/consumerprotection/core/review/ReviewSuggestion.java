package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A suggestion (审查建议) of a review on one checklist item, tracked to adoption: open until the business unit
 * answers by {@code responseDue}; then adopted, or rejected with its reason.
 *
 * @param number      its number within the review, from 1
 * @param itemId      the checklist item it answers
 * @param text        the suggestion
 * @param responseDue the day by which the business unit answers
 * @param status      where it stands
 * @param reason      the business unit's reason when rejected, else empty
 * @param answeredOn  the day of the answer, when answered
 */
public record ReviewSuggestion(int number, String itemId, String text, LocalDate responseDue, SuggestionStatus status,
        String reason, Optional<LocalDate> answeredOn) {

    public ReviewSuggestion {
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1: " + number);
        }
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(responseDue, "responseDue");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(answeredOn, "answeredOn");
        if ((status == SuggestionStatus.OPEN) != answeredOn.isEmpty()) {
            throw new IllegalArgumentException("answeredOn is given exactly when the suggestion is answered");
        }
        if (status == SuggestionStatus.REJECTED && reason.isBlank()) {
            throw new IllegalArgumentException("a rejected suggestion carries the business unit's reason");
        }
    }

    /** A new open suggestion. */
    public static ReviewSuggestion open(int number, String itemId, String text, LocalDate responseDue) {
        return new ReviewSuggestion(number, itemId, text, responseDue, SuggestionStatus.OPEN, "", Optional.empty());
    }

    /** Whether it is still open after its response date. */
    public boolean isOverdue(LocalDate asOf) {
        return status == SuggestionStatus.OPEN && asOf.isAfter(responseDue);
    }

    ReviewSuggestion answered(SuggestionStatus to, String why, LocalDate on) {
        return new ReviewSuggestion(number, itemId, text, responseDue, to, why, Optional.of(on));
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "ReviewSuggestion[#" + number + " " + Redaction.code(itemId) + ", " + Redaction.text(text) + ", due " + responseDue + ", " + status + (reason.isEmpty() ? "" : ", reason " + Redaction.text(reason)) + answeredOn.map(d -> " on " + d).orElse("") + "]";
    }
}
