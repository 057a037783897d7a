package io.consumerprotection.core.inspection;

/** How a unit is inspected (seed 000). */
public enum InspectionKind {
    /** A mystery-shopper visit (神秘人暗访). */
    MYSTERY_SHOPPER("神秘人暗访"),
    /** An on-site spot check by the supervising branch (现场抽查). */
    SPOT_CHECK("现场抽查"),
    /** A unit's own check (自查). */
    SELF_CHECK("自查");

    private final String titleZh;

    InspectionKind(String titleZh) {
        this.titleZh = titleZh;
    }

    /** The Chinese title, for officers. */
    public String titleZh() {
        return titleZh;
    }
}
