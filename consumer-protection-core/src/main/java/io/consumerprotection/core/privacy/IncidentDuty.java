package io.consumerprotection.core.privacy;

/** A duty that a personal-data incident's clock runs for (PBoC Order 2020 No. 5 art. 34). */
public enum IncidentDuty {
    /** Report to the regulator: at once when it may endanger safety, otherwise within 72 hours. */
    REPORT_REGULATOR("报告监管", IncidentEventType.REGULATOR_REPORTED),
    /** Tell the affected consumers. */
    NOTIFY_CONSUMERS("告知消费者", IncidentEventType.CONSUMERS_NOTIFIED);

    private final String titleZh;
    private final IncidentEventType metBy;

    IncidentDuty(String titleZh, IncidentEventType metBy) {
        this.titleZh = titleZh;
        this.metBy = metBy;
    }

    /** The Chinese title, for officers. */
    public String titleZh() {
        return titleZh;
    }

    /** The event that meets the duty. */
    public IncidentEventType metBy() {
        return metBy;
    }
}
