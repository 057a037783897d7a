package io.consumerprotection.spi.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * A problem an inspection found, as stored.
 *
 * @param aspect          the checklist aspect it concerns
 * @param description     what is wrong; never personal data
 * @param fixedOnSpot     whether it was fixed during the inspection (当场整改)
 * @param rectificationId the rectification item that tracks it
 */
public record InspectionProblemRecord(String aspect, String description, boolean fixedOnSpot, String rectificationId) {

    public InspectionProblemRecord {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rectificationId, "rectificationId");
    }

    @Override
    public String toString() {
        return "InspectionProblemRecord[aspect=" + Redaction.code(aspect) + ", description=" + Redaction.text(description)
                + ", fixedOnSpot=" + fixedOnSpot + ", rectificationId=" + Redaction.code(rectificationId) + "]";
    }
}
