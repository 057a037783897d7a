package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reviewing records against the retention schedule on a given day.
 *
 * @param on        the day of the review
 * @param mayDelete the records whose minimum period has ended (and that are not on hold)
 * @param mustKeep  every other record, with the reason
 * @param version   the data version of the schedule
 */
public record RetentionReview(LocalDate on, List<RetentionVerdict> mayDelete, List<RetentionVerdict> mustKeep,
                              String version) {

    public RetentionReview {
        Objects.requireNonNull(on, "on");
        mayDelete = List.copyOf(mayDelete);
        mustKeep = List.copyOf(mustKeep);
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return "RetentionReview[on=" + on + ", mayDelete=" + mayDelete.size() + ", mustKeep=" + mustKeep.size()
                + ", version=" + Redaction.code(version) + "]";
    }
}
