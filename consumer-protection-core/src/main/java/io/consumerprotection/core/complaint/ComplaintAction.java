package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Map;
import java.util.Objects;

/**
 * A named transition of the complaint lifecycle. Each action is a small immutable value; whether it is
 * allowed depends on the complaint's {@link ComplaintStatus} (see {@link Complaint#allowedActions()}).
 * Applying it with {@link Complaint#apply} appends one event to the timeline.
 *
 * <p>An action's {@code toString()} shows its codes and ids and only the length of its free text: a reason or a
 * summary may hold what the complainant said. The lifecycle scrubs every free-text field (and a decision's
 * proof of notice) of personal data before the action's event is stored.
 */
public sealed interface ComplaintAction {

    /** The event type the action appends. */
    ComplaintEventType eventType();

    /** Accept the complaint for handling. */
    record Accept() implements ComplaintAction {
        @Override public ComplaintEventType eventType() { return ComplaintEventType.ACCEPTED; }
    }

    /** Decline it, with the reason (art. 18); the submitter is told. */
    record Decline(DeclineReason reason, String explanation) implements ComplaintAction {
        public Decline { Objects.requireNonNull(reason, "reason"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.DECLINED; }
        @Override public String toString() {
            return "Decline[reason=" + reason + ", explanation=" + Redaction.text(explanation) + "]";
        }
    }

    /** Assign to a handler; the first-contact handler stays accountable. */
    record Assign(String handler) implements ComplaintAction {
        public Assign { Objects.requireNonNull(handler, "handler"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.ASSIGNED; }
        @Override public String toString() {
            return "Assign[handler=" + Redaction.code(handler) + "]";
        }
    }

    /** Hand over to another handler, recorded with the reason. */
    record HandOver(String toHandler, String reason) implements ComplaintAction {
        public HandOver { Objects.requireNonNull(toHandler, "toHandler"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.HANDED_OVER; }
        @Override public String toString() {
            return "HandOver[toHandler=" + Redaction.code(toHandler) + ", reason=" + Redaction.text(reason) + "]";
        }
    }

    /** Start the investigation. */
    record StartInvestigation() implements ComplaintAction {
        @Override public ComplaintEventType eventType() { return ComplaintEventType.INVESTIGATION_STARTED; }
    }

    /** The handler contacted the customer (3-5-10: within 3 working days). */
    record RecordContact(NoticeMethod method) implements ComplaintAction {
        public RecordContact { Objects.requireNonNull(method, "method"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.CUSTOMER_CONTACTED; }
    }

    /** The handler gave an initial plan (3-5-10: within 5 working days). */
    record ProposePlan(String summary) implements ComplaintAction {
        @Override public ComplaintEventType eventType() { return ComplaintEventType.PLAN_PROPOSED; }
        @Override public String toString() {
            return "ProposePlan[summary=" + Redaction.text(summary) + "]";
        }
    }

    /** Classify or reclassify: a code per dimension name. */
    record Classify(Map<String, String> codes) implements ComplaintAction {
        public Classify { codes = Map.copyOf(Objects.requireNonNull(codes, "codes")); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.CLASSIFIED; }
        @Override public String toString() {
            return "Classify[codes=" + Redaction.codes(codes) + "]";
        }
    }

    /**
     * Classify or reclassify with codes that differ from the narrative suggestion shown to the handler: like
     * {@link Classify} (the complaint takes {@code codes}, allowed wherever {@code Classify} is), recorded as
     * {@link ComplaintEventType#SUGGESTION_OVERRIDDEN} with both sets of codes so the host can learn from it. At least
     * one dimension of {@code codes} must differ from {@code suggested} (rule {@code SAME_AS_SUGGESTION}).
     *
     * @param codes             the handler's code per dimension name
     * @param suggested         the suggested code per dimension name (a dimension without a suggestion is absent)
     * @param suggestionVersion the suggestion's version, e.g. {@code 2026.3+prior-2026.1} (dictionary and bundled prior)
     */
    record OverrideSuggestion(Map<String, String> codes, Map<String, String> suggested, String suggestionVersion)
            implements ComplaintAction {
        public OverrideSuggestion {
            codes = Map.copyOf(Objects.requireNonNull(codes, "codes"));
            suggested = Map.copyOf(Objects.requireNonNull(suggested, "suggested"));
            Objects.requireNonNull(suggestionVersion, "suggestionVersion");
        }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.SUGGESTION_OVERRIDDEN; }
        @Override public String toString() {
            return "OverrideSuggestion[codes=" + Redaction.codes(codes) + ", suggested=" + Redaction.codes(suggested)
                    + ", suggestionVersion=" + Redaction.code(suggestionVersion) + "]";
        }
    }

    /** Change the level (ordinary, complex, major). */
    record ChangeLevel(ComplaintLevel level, String reason) implements ComplaintAction {
        public ChangeLevel { Objects.requireNonNull(level, "level"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.LEVEL_CHANGED; }
        @Override public String toString() {
            return "ChangeLevel[level=" + level + ", reason=" + Redaction.text(reason) + "]";
        }
    }

    /** Pause for mediation or an outside appraisal; the complainant must be told. */
    record Pause(PauseReason reason, NoticeMethod notice, String explanation) implements ComplaintAction {
        public Pause { Objects.requireNonNull(reason, "reason"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.PAUSED; }
        @Override public String toString() {
            return "Pause[reason=" + reason + ", notice=" + notice + ", explanation=" + Redaction.text(explanation) + "]";
        }
    }

    /** Resume after a pause. */
    record Resume() implements ComplaintAction {
        @Override public ComplaintEventType eventType() { return ComplaintEventType.RESUMED; }
    }

    /**
     * Extend the period: {@link HandlingTier#COMPLEX} to 30 days; {@link HandlingTier#VERY_COMPLEX} to 60 days,
     * which needs an approver and notice to the complainant (art. 18).
     */
    record Extend(HandlingTier tier, String approver, NoticeMethod notice, String reason) implements ComplaintAction {
        public Extend { Objects.requireNonNull(tier, "tier"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.EXTENDED; }
        @Override public String toString() {
            return "Extend[tier=" + tier + ", approver=" + Redaction.code(approver) + ", notice=" + notice + ", reason="
                    + Redaction.text(reason) + "]";
        }
    }

    /** New facts and reasons received: the period restarts (art. 18). */
    record NewFacts(String summary) implements ComplaintAction {
        @Override public ComplaintEventType eventType() { return ComplaintEventType.NEW_FACTS; }
        @Override public String toString() {
            return "NewFacts[summary=" + Redaction.text(summary) + "]";
        }
    }

    /** Escalate to a higher unit for a joint review (提级会商). */
    record Escalate(String unit, String reason) implements ComplaintAction {
        public Escalate { Objects.requireNonNull(unit, "unit"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.ESCALATED; }
        @Override public String toString() {
            return "Escalate[unit=" + Redaction.code(unit) + ", reason=" + Redaction.text(reason) + "]";
        }
    }

    /** Merge this complaint, a repeat on the same matter, into an earlier one (art. 18). */
    record MergeInto(ComplaintId earlier) implements ComplaintAction {
        public MergeInto { Objects.requireNonNull(earlier, "earlier"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.MERGED; }
    }

    /** Record on the earlier complaint that a repeat was merged into it. */
    record LinkRepeat(ComplaintId repeat) implements ComplaintAction {
        public LinkRepeat { Objects.requireNonNull(repeat, "repeat"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.REPEAT_MERGED; }
    }

    /** Decide, with the notice given (arts 19, 21). */
    record Decide(Decision decision) implements ComplaintAction {
        public Decide { Objects.requireNonNull(decision, "decision"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.DECIDED; }
    }

    /** Record the complainant's satisfaction with the decision. */
    record RecordSatisfaction(Satisfaction satisfaction) implements ComplaintAction {
        public RecordSatisfaction { Objects.requireNonNull(satisfaction, "satisfaction"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.SATISFACTION_RECORDED; }
    }

    /** The complainant asks the superior unit to review a branch's decision (art. 20). */
    record RequestReview(String reason) implements ComplaintAction {
        @Override public ComplaintEventType eventType() { return ComplaintEventType.REVIEW_REQUESTED; }
        @Override public String toString() {
            return "RequestReview[reason=" + Redaction.text(reason) + "]";
        }
    }

    /** The superior unit decides the review. */
    record DecideReview(Decision decision) implements ComplaintAction {
        public DecideReview { Objects.requireNonNull(decision, "decision"); }
        @Override public ComplaintEventType eventType() { return ComplaintEventType.REVIEWED; }
    }

    /** The complainant withdraws; handling ends that day (art. 15). */
    record Withdraw(String reason) implements ComplaintAction {
        @Override public ComplaintEventType eventType() { return ComplaintEventType.WITHDRAWN; }
        @Override public String toString() {
            return "Withdraw[reason=" + Redaction.text(reason) + "]";
        }
    }

    /**
     * Give the regulator that forwarded the complaint feedback on its outcome (反馈, NFRA Order 2020 No. 3 art. 33),
     * once decided.
     */
    record ReportToRegulator(String summary) implements ComplaintAction {
        @Override public ComplaintEventType eventType() { return ComplaintEventType.REGULATOR_FEEDBACK; }
        @Override public String toString() {
            return "ReportToRegulator[summary=" + Redaction.text(summary) + "]";
        }
    }

    /** Close the file. */
    record Close() implements ComplaintAction {
        @Override public ComplaintEventType eventType() { return ComplaintEventType.CLOSED; }
    }
}
