package io.consumerprotection.core.review;

import io.consumerprotection.core.audit.Citation;
import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.Set;

/**
 * One point a review checks (审查要点), with the subject kinds it applies to and its legal basis.
 *
 * @param id        the item's id, for example {@code TERMS-01}
 * @param area      its area
 * @param appliesTo the subject kinds it applies to
 * @param text      the point, Chinese first
 * @param citation  its basis, with a confidence
 */
public record ChecklistItem(String id, ChecklistArea area, Set<ReviewSubjectKind> appliesTo, String text,
        Citation citation) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        appliesTo = Set.copyOf(appliesTo);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        if (appliesTo.isEmpty()) {
            throw new IllegalArgumentException("item " + id + " applies to no subject kind");
        }
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "ChecklistItem[" + Redaction.code(id) + " " + area + " " + appliesTo + ", " + Redaction.text(text) + ", citation " + Redaction.text(citation.toString()) + "]";
    }
}
