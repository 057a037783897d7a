package io.consumerprotection.core.reporting;

import io.consumerprotection.core.statistics.PeriodKind;

/** A kind of report the bank owes, with the length of its period and whether the SDK computes it. */
public enum ReportKind {
    /** The monthly complaint statistics table to the regulator (投诉分析统计表, seed 000). */
    MONTHLY_TABLE("月度投诉分析统计表", "Monthly complaint statistics table", PeriodKind.MONTH, true),
    /** The quarterly complaint bulletin to the whole bank (季度投诉通报, seeds 000 and 002). */
    QUARTERLY_BULLETIN("季度投诉通报", "Quarterly complaint bulletin", PeriodKind.QUARTER, true),
    /** The half-year complaint analysis report to the regulator (半年度投诉情况分析报告). */
    HALF_YEAR_ANALYSIS("半年度投诉情况分析报告", "Half-year complaint analysis report", PeriodKind.HALF_YEAR, true),
    /** The annual complaint analysis report to the regulator (年度投诉情况分析报告). */
    ANNUAL_ANALYSIS("年度投诉情况分析报告", "Annual complaint analysis report", PeriodKind.YEAR, true),
    /** The annual consumer-protection self-assessment to the PBoC (PBoC Order 2020 No. 5 art. 56); not computed here. */
    PBOC_SELF_ASSESSMENT("金融消费者权益保护工作自评估报告", "PBoC annual self-assessment", PeriodKind.YEAR, false),
    /** The annual public disclosure of complaint data (arts 36, 38); not computed here. */
    ANNUAL_DISCLOSURE("年度投诉情况信息披露", "Annual complaint disclosure", PeriodKind.YEAR, false);

    private final String chinese;
    private final String english;
    private final PeriodKind periodKind;
    private final boolean computed;

    ReportKind(String chinese, String english, PeriodKind periodKind, boolean computed) {
        this.chinese = chinese;
        this.english = english;
        this.periodKind = periodKind;
        this.computed = computed;
    }

    /** The Chinese title. */
    public String chinese() {
        return chinese;
    }

    /** The English title. */
    public String english() {
        return english;
    }

    /** The length of the period it covers. */
    public PeriodKind periodKind() {
        return periodKind;
    }

    /** Whether {@link ComplaintReporting} computes it (the others are only tracked in the calendar). */
    public boolean computed() {
        return computed;
    }
}
