package io.consumerprotection.core.warning;

import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.util.List;

/**
 * A further detector of the hot-spot early warning, fed in the same pass as the surge, new-topic and repeat
 * detectors ({@link HotSpotWatch.Builder#detector}); its alerts are {@link HotSpotAlert}s, merged with theirs, sent by
 * {@link HotSpotNotices} and shown wherever the warning is shown. The partner rise alert
 * ({@code PartnerComplaints#detector}) is one. Implementations are immutable and thread-safe; their tallies are not.
 */
@FunctionalInterface
public interface AlertDetector {

    /** A new tally for one pass. */
    Tally newTally();

    /** The accumulator of one pass: fed every complaint the pass reads, in any order. Not thread-safe. */
    interface Tally {

        /** Counts one complaint (the tally skips those outside its own periods). */
        void accept(ComplaintRecord complaint);

        /** The alerts, each explaining itself. */
        List<HotSpotAlert> alerts();
    }
}
