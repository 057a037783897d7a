package io.consumerprotection.spi.review;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored review suggestion.
 *
 * @param number      its number within the review, from 1
 * @param itemId      the checklist item
 * @param text        the suggestion
 * @param responseDue the response date
 * @param status      {@code OPEN}, {@code ADOPTED} or {@code REJECTED}
 * @param reason      the business unit's reason when rejected, else empty
 * @param answeredOn  the day of the answer; {@code null} while open
 */
public record ReviewSuggestionRecord(int number, String itemId, String text, LocalDate responseDue, String status,
        String reason, LocalDate answeredOn) {

    public ReviewSuggestionRecord {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(responseDue, "responseDue");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    @Override
    public String toString() {
        return "ReviewSuggestionRecord[#" + number + " " + Redaction.code(itemId) + ", " + Redaction.text(text)
                + ", due " + responseDue + ", " + Redaction.code(status) + "]";
    }
}
