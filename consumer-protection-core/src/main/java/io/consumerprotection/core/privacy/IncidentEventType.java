package io.consumerprotection.core.privacy;

/** A step in handling a personal-data incident. */
public enum IncidentEventType {
    /** The leak was stopped (补救措施). */
    CONTAINED("已控制"),
    /** Affected consumers were told. */
    CONSUMERS_NOTIFIED("已告知消费者"),
    /** The regulator was told. */
    REGULATOR_REPORTED("已报告监管"),
    /** Handling ended. */
    CLOSED("已关闭");

    private final String titleZh;

    IncidentEventType(String titleZh) {
        this.titleZh = titleZh;
    }

    /** The Chinese title, for officers. */
    public String titleZh() {
        return titleZh;
    }
}
