package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintId;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint as the complaint rules see it: the complaint, and what the run learnt about earlier
 * complaints while streaming the store in order (an earlier complaint of the same complainant on the same
 * business category, received while that one was still being handled).
 *
 * @param complaint              the complaint
 * @param earlierOnSameMatter    an earlier complaint on the same matter that was still open when this one
 *                               arrived; {@code null} when the run saw none
 */
public record ComplaintSubject(Complaint complaint, ComplaintId earlierOnSameMatter) {

    public ComplaintSubject {
        Objects.requireNonNull(complaint, "complaint");
    }

    /** A complaint without knowledge of other complaints. */
    public static ComplaintSubject of(Complaint complaint) {
        return new ComplaintSubject(complaint, null);
    }

    /** The earlier complaint on the same matter, if the run saw one. */
    public Optional<ComplaintId> findEarlierOnSameMatter() {
        return Optional.ofNullable(earlierOnSameMatter);
    }
}
