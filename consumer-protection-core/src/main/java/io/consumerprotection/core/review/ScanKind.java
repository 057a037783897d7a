package io.consumerprotection.core.review;

/** What a scanned text is: marketing copy (营销宣传) or a contract clause (合同条款). */
public enum ScanKind {
    /** Marketing copy: a script, poster, page or SMS. */
    MARKETING,
    /** A clause of a contract template or standard terms (格式条款). */
    CONTRACT
}
