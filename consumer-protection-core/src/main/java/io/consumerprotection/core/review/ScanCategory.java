package io.consumerprotection.core.review;

/** The category of a scanner finding, each belonging to one {@link ScanKind}, with its Chinese name. */
public enum ScanCategory {
    /** 保本、保息、稳赚不赔、包赚. */
    GUARANTEED_RETURN(ScanKind.MARKETING, "保本保收益"),
    /** 零风险、无风险、绝对安全. */
    ZERO_RISK(ScanKind.MARKETING, "零风险"),
    /** A return promised, or an expected return presented as certain. */
    RETURN_PROMISE(ScanKind.MARKETING, "承诺收益"),
    /** A non-deposit presented as a deposit or as deposit-insured. */
    DEPOSIT_CONFUSION(ScanKind.MARKETING, "混淆存款"),
    /** 最高、最佳、第一 and other absolute terms. */
    ABSOLUTE_SUPERLATIVE(ScanKind.MARKETING, "绝对化用语"),
    /** 仅限今日、最后三天、错过不再. */
    PRESSURE_SELLING(ScanKind.MARKETING, "催促销售"),
    /** A government or regulator guarantee or recommendation claimed. */
    FALSE_ENDORSEMENT(ScanKind.MARKETING, "虚假背书"),
    /** A clause excluding or limiting the consumer's main rights. */
    EXCLUDES_CONSUMER_RIGHTS(ScanKind.CONTRACT, "排除消费者权利"),
    /** A clause exempting the bank from its own liability. */
    EXEMPTS_OWN_LIABILITY(ScanKind.CONTRACT, "免除自身责任"),
    /** A clause increasing the consumer's liability. */
    INCREASES_CONSUMER_LIABILITY(ScanKind.CONTRACT, "加重消费者责任"),
    /** 最终解释权归本行所有. */
    FINAL_INTERPRETATION(ScanKind.CONTRACT, "最终解释权"),
    /** Changes without notice or without a right to terminate. */
    UNILATERAL_CHANGE(ScanKind.CONTRACT, "单方变更"),
    /** A product conditional on buying another. */
    FORCED_BUNDLING(ScanKind.CONTRACT, "捆绑搭售");

    private final ScanKind kind;
    private final String chineseName;

    ScanCategory(ScanKind kind, String chineseName) {
        this.kind = kind;
        this.chineseName = chineseName;
    }

    /** The kind of text this category applies to. */
    public ScanKind kind() {
        return kind;
    }

    /** The Chinese name an officer reads. */
    public String chineseName() {
        return chineseName;
    }
}
