package io.consumerprotection.core.review;

/** How a review ends, with its Chinese name. */
public enum ReviewOutcome {
    /** 通过. */
    PASSED("通过"),
    /** 有条件通过: passed, with suggestions the business unit must answer. */
    PASSED_WITH_CONDITIONS("有条件通过"),
    /** 不通过. */
    FAILED("不通过");

    private final String chineseName;

    ReviewOutcome(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether the subject may launch at the reviewed version. */
    public boolean approves() {
        return this != FAILED;
    }
}
