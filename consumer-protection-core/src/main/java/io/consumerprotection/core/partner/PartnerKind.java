package io.consumerprotection.core.partner;

/** What a cooperating institution does for the bank (seed 003: agency sales, data, collection). */
public enum PartnerKind {
    /** An insurer whose products the bank sells (代销保险). */
    INSURER("保险公司"),
    /** A fund company whose products the bank sells (代销基金). */
    FUND_COMPANY("基金公司"),
    /** A payment institution. */
    PAYMENT("支付机构"),
    /** A data or technology partner that receives or processes personal data. */
    DATA("数据合作机构"),
    /** A debt-collection agency (委外催收). */
    COLLECTION_AGENCY("催收机构"),
    /** Another kind. */
    OTHER("其他合作机构");

    private final String titleZh;

    PartnerKind(String titleZh) {
        this.titleZh = titleZh;
    }

    /** The Chinese title, for officers. */
    public String titleZh() {
        return titleZh;
    }
}
