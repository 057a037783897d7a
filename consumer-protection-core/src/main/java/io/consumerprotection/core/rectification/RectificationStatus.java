package io.consumerprotection.core.rectification;

/**
 * How far a rectification item has got at an instant; see {@link RectificationItem#status}.
 */
public enum RectificationStatus {
    /** Opened, work not started, due date not passed. */
    OPEN("待整改"),
    /** Work started, not reported done, due date not passed. */
    IN_PROGRESS("整改中"),
    /** Reported done with evidence, not yet verified by the consumer-protection department. */
    DONE("已完成待验证"),
    /** Done and verified by the consumer-protection department: closed. */
    VERIFIED("已验证销号"),
    /** Not reported done and the due date has passed. */
    OVERDUE("逾期未整改");

    private final String chinese;

    RectificationStatus(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese name an officer reads. */
    public String chinese() {
        return chinese;
    }
}
