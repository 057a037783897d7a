package io.consumerprotection.core.review;

/** What is reviewed (审查对象), with its Chinese name. */
public enum ReviewSubjectKind {
    /** A product (产品), for example a wealth product or a loan. */
    PRODUCT("产品"),
    /** A service (服务). */
    SERVICE("服务"),
    /** A business system or an app release (业务系统或应用版本). */
    SYSTEM("系统"),
    /** Marketing material: a script, poster, page or SMS (营销宣传材料). */
    MARKETING("营销宣传"),
    /** A contract template or standard terms (合同模板、格式条款). */
    CONTRACT_TEMPLATE("合同模板");

    private final String chineseName;

    ReviewSubjectKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name an officer reads. */
    public String chineseName() {
        return chineseName;
    }

    /** The scan kind of this subject's text, if its text is scanned. */
    public java.util.Optional<ScanKind> scanKind() {
        return switch (this) {
            case MARKETING -> java.util.Optional.of(ScanKind.MARKETING);
            case CONTRACT_TEMPLATE -> java.util.Optional.of(ScanKind.CONTRACT);
            default -> java.util.Optional.empty();
        };
    }
}
