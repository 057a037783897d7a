package io.consumerprotection.core.rectification;

/** Where the problem behind a rectification item was found. */
public enum RectificationSource {
    /** A failed finding of an audit rule run (审计发现). */
    AUDIT_FINDING("审计发现"),
    /** A service inspection: mystery shopper, spot check, on-site check (检查). */
    INSPECTION("检查发现"),
    /** A problem of the 双查 (self-check and cross-check) campaign, seed 001. */
    DUAL_CHECK("双查问题"),
    /** A regulator's opinion or supervisory letter (监管意见). */
    REGULATOR_OPINION("监管意见"),
    /** The rectification advice of a report or 通报 (报告建议). */
    REPORT_ADVICE("报告建议");

    private final String chinese;

    RectificationSource(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese name an officer reads. */
    public String chinese() {
        return chinese;
    }
}
