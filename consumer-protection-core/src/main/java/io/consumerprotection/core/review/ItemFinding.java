package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * What the reviewer found on one checklist item (审查意见), for example a scanner finding quoted with its rule.
 *
 * @param itemId the checklist item
 * @param text   the finding
 */
public record ItemFinding(String itemId, String text) {

    public ItemFinding {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("finding text must not be blank");
        }
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "ItemFinding[" + Redaction.code(itemId) + ", " + Redaction.text(text) + "]";
    }
}
