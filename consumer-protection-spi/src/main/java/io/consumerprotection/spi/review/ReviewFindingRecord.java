package io.consumerprotection.spi.review;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * A stored review finding on a checklist item.
 *
 * @param itemId the checklist item
 * @param text   the finding
 */
public record ReviewFindingRecord(String itemId, String text) {

    public ReviewFindingRecord {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "ReviewFindingRecord[" + Redaction.code(itemId) + ", " + Redaction.text(text) + "]";
    }
}
