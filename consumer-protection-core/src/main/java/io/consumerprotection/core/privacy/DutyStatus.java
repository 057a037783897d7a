package io.consumerprotection.core.privacy;

/**
 * Where a time-bound duty stands at an instant, in the words of the complaint deadline's
 * {@code io.consumerprotection.core.deadline.DutyStatus} (the same names, so a report shows both alike;
 * a separate type because {@code privacy} does not depend on {@code deadline}).
 */
public enum DutyStatus {
    /** Open, with less than the policy's at-risk share of the term used. */
    ON_TRACK("正常"),
    /** Open, with at least the at-risk share of the term used. */
    AT_RISK("临期"),
    /** Open past its due instant. */
    OVERDUE("逾期"),
    /** Met on or before its due instant. */
    MET("按时完成"),
    /** Met after its due instant. */
    MET_LATE("逾期完成");

    private final String titleZh;

    DutyStatus(String titleZh) {
        this.titleZh = titleZh;
    }

    /** The Chinese title, for officers. */
    public String titleZh() {
        return titleZh;
    }

    /** Whether the duty is still open. */
    public boolean isOpen() {
        return this == ON_TRACK || this == AT_RISK || this == OVERDUE;
    }
}
