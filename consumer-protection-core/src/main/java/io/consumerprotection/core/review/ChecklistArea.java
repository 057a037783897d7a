package io.consumerprotection.core.review;

/** The area of a checklist item, with its Chinese name. */
public enum ChecklistArea {
    /** 信息披露与风险提示. */
    DISCLOSURE("信息披露与风险提示"),
    /** 收费及公示. */
    FEES("收费及公示"),
    /** 适当性与风险评级. */
    SUITABILITY("适当性与风险评级"),
    /** 个人信息保护. */
    PERSONAL_INFORMATION("个人信息保护"),
    /** 格式条款. */
    STANDARD_TERMS("格式条款"),
    /** 营销行为. */
    MARKETING_CONDUCT("营销行为"),
    /** 特殊群体（老年人、残障人士）. */
    SPECIAL_GROUPS("特殊群体服务"),
    /** 投诉渠道公示. */
    COMPLAINT_CHANNELS("投诉渠道公示");

    private final String chineseName;

    ChecklistArea(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name. */
    public String chineseName() {
        return chineseName;
    }
}
