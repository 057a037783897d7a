package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A product, service or system version put into use (上线) on a day, as the host's release or product-launch path
 * records it; the input of the pre-review coverage indicator.
 *
 * @param subject    what launched
 * @param version    the version
 * @param launchedOn the day
 */
public record Launch(ReviewSubject subject, String version, LocalDate launchedOn) {

    public Launch {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(launchedOn, "launchedOn");
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "Launch[" + subject + "@" + Redaction.code(version) + " on " + launchedOn + "]";
    }
}
