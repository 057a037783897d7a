package io.consumerprotection.core.audit;

/**
 * An audit rule: a definition (id, version, titles, citation, severity) and a pure check of one subject.
 *
 * @implSpec Implementations are immutable and thread-safe: the engine calls {@link #check} from several
 * threads at once. {@code check} has no side effects, reads nothing but its arguments (the context gives
 * the reference time and the engines it may use), returns an {@link Outcome} and never {@code null}. It
 * should not throw; if it does, the engine records a {@link FindingKind#NEEDS_REVIEW} finding naming the
 * exception class.
 *
 * @param <S> the type of subject, given by {@link #subjectKind()}
 */
public interface Rule<S> {

    /** What the rule is. */
    RuleDefinition definition();

    /** The kind of subject it checks. */
    SubjectKind<S> subjectKind();

    /** Checks one subject. */
    Outcome check(S subject, AuditContext context);

    /**
     * Whether the rule reads {@link ComplaintSubject#findEarlierOnSameMatter()}: a run remembers recent complaints (its
     * repeat window, bounded by {@link AuditParameters#repeatWindowMaxEntries()}) only when one of its rules does.
     * By default every complaint rule is assumed to; a rule that never reads it may answer {@code false}.
     */
    default boolean readsEarlierComplaints() {
        return subjectKind() == SubjectKind.COMPLAINT;
    }

    /** The rule's id (from its definition). */
    default RuleId id() {
        return definition().id();
    }

    /** Checks one subject and returns the finding with the rule's default severity. */
    default Finding evaluate(S subject, AuditContext context) {
        return Finding.of(definition(), definition().severity(), subjectKind().idOf(subject), check(subject, context));
    }
}
