package io.consumerprotection.core.internal.audit;

import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.DeadlineEvaluation;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.core.internal.TimelineIndex;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;

/**
 * The audit's way to the deadline engine's due dates of a complaint whose timeline it has indexed already: the
 * engine's package-private {@code evaluateDueDates(ComplaintRecord, TimelineIndex, PolicyId, Instant)}, kept out of
 * {@code core.deadline}'s public API because {@link TimelineIndex} is internal (and reached by a method handle, since
 * {@code core.deadline} may not depend back on this package).
 */
public final class IndexedDueDates {

    private static final MethodHandle EVALUATE;

    static {
        try {
            EVALUATE = MethodHandles.privateLookupIn(DeadlineEngine.class, MethodHandles.lookup()).findVirtual(
                    DeadlineEngine.class, "evaluateDueDates", MethodType.methodType(DeadlineEvaluation.class,
                            ComplaintRecord.class, TimelineIndex.class, PolicyId.class, Instant.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private IndexedDueDates() {
    }

    /** {@link DeadlineEngine#evaluateDueDates(ComplaintRecord, PolicyId, Instant)} over the complaint's timeline index. */
    public static DeadlineEvaluation of(DeadlineEngine engine, ComplaintRecord complaint, TimelineIndex timeline,
                                        PolicyId policy, Instant asOf) {
        try {
            return (DeadlineEvaluation) EVALUATE.invokeExact(engine, complaint, timeline, policy, asOf);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // the method declares no checked exception
        }
    }
}
