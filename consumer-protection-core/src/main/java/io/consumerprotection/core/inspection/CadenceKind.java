package io.consumerprotection.core.inspection;

/**
 * The three levels of the inspection cadence (seed 000: 总行每季通报, 管辖行每月有检查, 网点晨夕会天天要求提醒), each with
 * the period within which it is due once.
 */
public enum CadenceKind {
    /** Head office: a 通报 each quarter. */
    QUARTERLY_BULLETIN("总行季度通报", "QUARTER"),
    /** A supervising branch: a check each month. */
    MONTHLY_CHECK("管辖行月度检查", "MONTH"),
    /** A branch: a reminder at the morning or evening meeting each working day. */
    DAILY_REMINDER("网点每日提醒", "WORKING_DAY");

    private final String titleZh;
    private final String period;

    CadenceKind(String titleZh, String period) {
        this.titleZh = titleZh;
        this.period = period;
    }

    /** The Chinese title, for officers. */
    public String titleZh() {
        return titleZh;
    }

    /** The period within which it is due once: {@code QUARTER}, {@code MONTH} or {@code WORKING_DAY}. */
    public String period() {
        return period;
    }
}
