package io.consumerprotection.core.review;

/** The form of a marketing item. */
public enum MarketingChannel {
    /** 营销话术: a sales script. */
    SCRIPT,
    /** 海报、折页. */
    POSTER,
    /** 网页、手机银行页面. */
    PAGE,
    /** 短信. */
    SMS
}
