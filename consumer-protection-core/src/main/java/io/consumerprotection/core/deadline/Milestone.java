package io.consumerprotection.core.deadline;

/**
 * The names of the built-in milestones, used as keys of {@code ComplaintRecord.dueDates()} and of
 * {@link DeadlineEvaluation#dueDates()}. Host policies may define other names (upper-case letters, digits
 * and {@code _}).
 */
public final class Milestone {

    /** The decision and its notice (NFRA Order 2020 No. 3 art. 18; PBoC Order 2020 No. 5 art. 43); ended by {@code DECIDED}. */
    public static final String DECISION = "DECISION";
    /** The decision on a review of a branch's decision (art. 20), from {@code REVIEW_REQUESTED} to {@code REVIEWED}. */
    public static final String REVIEW = "REVIEW";
    /** The first contact with the customer, the "3" of the internal 3-5-10 standard; ended by {@code CUSTOMER_CONTACTED}. */
    public static final String CONTACT = "CONTACT";
    /** The initial plan, the "5" of 3-5-10; ended by {@code PLAN_PROPOSED}. */
    public static final String PLAN = "PLAN";
    /** Substantially resolved, the "10" of 3-5-10; ended by {@code DECIDED}. */
    public static final String RESOLVE = "RESOLVE";
    /**
     * The feedback on the outcome to the regulator that forwarded a complaint (art. 33), due on the day the
     * regulator set (kept on the complaint's receipt, not a policy term); ended by {@code REGULATOR_FEEDBACK}.
     * The lifecycle adds it to the stored due dates when the regulator set a day.
     */
    public static final String REGULATOR_FEEDBACK = "REGULATOR_FEEDBACK";

    private Milestone() {
    }
}
