package io.consumerprotection.core.inspection;

import io.consumerprotection.core.rectification.RectificationId;
import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * A problem an inspection found and the rectification item that tracks it to closure.
 *
 * @param aspect          the checklist aspect
 * @param description     what is wrong
 * @param fixedOnSpot     whether it was fixed during the inspection (当场整改); otherwise by the item's due date
 * @param rectification   the rectification item
 */
public record InspectionProblem(String aspect, String description, boolean fixedOnSpot, RectificationId rectification) {

    public InspectionProblem {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rectification, "rectification");
    }

    @Override
    public String toString() {
        return "InspectionProblem[aspect=" + Redaction.code(aspect) + ", description=" + Redaction.text(description)
                + ", fixedOnSpot=" + fixedOnSpot + ", rectification=" + rectification + "]";
    }
}
