package io.consumerprotection.spi.review;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored marketing item of the registry; withdrawn when {@code withdrawnFrom} is set, with the reason and the
 * withdrawing review.
 *
 * @param subjectId          the host's id
 * @param name               its name
 * @param version            the version in use
 * @param channel            {@code SCRIPT}, {@code POSTER}, {@code PAGE} or {@code SMS}
 * @param text               its text
 * @param withdrawalReason   the reason; {@code null} while active
 * @param withdrawingReview  the review that withdrew it; {@code null} while active
 * @param withdrawnFrom      the first day it may no longer be used; {@code null} while active
 */
public record MarketingItemRecord(String subjectId, String name, String version, String channel, String text,
        String withdrawalReason, String withdrawingReview, LocalDate withdrawnFrom) {

    public MarketingItemRecord {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        if ((withdrawnFrom == null) != (withdrawingReview == null) || (withdrawnFrom == null) != (withdrawalReason == null)) {
            throw new IllegalArgumentException("a withdrawal has a reason, a review and a day, or none of them");
        }
    }

    @Override
    public String toString() {
        return "MarketingItemRecord[" + Redaction.code(subjectId) + "@" + Redaction.code(version) + " "
                + Redaction.code(channel) + ", " + Redaction.text(text) + (withdrawnFrom == null ? ", active"
                        : ", withdrawn from " + withdrawnFrom) + "]";
    }
}
