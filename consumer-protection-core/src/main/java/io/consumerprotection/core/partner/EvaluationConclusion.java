package io.consumerprotection.core.partner;

/** The conclusion of a partner evaluation and the status it leads to. */
public enum EvaluationConclusion {
    /** Passed: an admitted or watched partner is admitted. */
    PASS("合格", PartnerStatus.ADMITTED),
    /** Passed with concerns: the partner is watched. */
    WATCH("关注", PartnerStatus.WATCHED),
    /** Failed: cooperation is suspended. */
    FAIL("不合格", PartnerStatus.SUSPENDED);

    private final String titleZh;
    private final PartnerStatus leadsTo;

    EvaluationConclusion(String titleZh, PartnerStatus leadsTo) {
        this.titleZh = titleZh;
        this.leadsTo = leadsTo;
    }

    /** The Chinese title, for officers. */
    public String titleZh() {
        return titleZh;
    }

    /** The status the partner takes after this conclusion. */
    public PartnerStatus leadsTo() {
        return leadsTo;
    }
}
