package io.consumerprotection.core.warning;

/** Why a hot-spot alert was raised. */
public enum AlertKind {
    /** A cell's count is improbably high against its baseline (投诉激增). */
    SURGE("投诉异常增长", "Surge"),
    /** A topic absent from the whole baseline appears with at least the minimum count (新增投诉主题). */
    NEW_TOPIC("新增投诉主题", "New topic"),
    /** One customer (as a token) complained at least the threshold number of times within the window. */
    REPEAT_CUSTOMER("客户重复投诉", "Repeat customer"),
    /** One product drew at least the threshold number of complaints within the window. */
    REPEAT_PRODUCT("产品集中投诉", "Repeat product"),
    /**
     * A cooperating institution's complaints rose from the previous period by at least the count threshold
     * (合作机构投诉量上升, seed 003); raised by the partner detector ({@code PartnerComplaints#detector}).
     */
    PARTNER_COUNT_RISE("合作机构投诉量上升", "Partner complaints rise"),
    /**
     * A cooperating institution's share of all complaints rose from the previous period by at least the threshold in
     * percentage points (合作机构投诉占比上升, seed 003: agency-sale complaints driven by partners rose to 18%).
     */
    PARTNER_SHARE_RISE("合作机构投诉占比上升", "Partner share rise");

    private final String chinese;
    private final String english;

    AlertKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The Chinese name. */
    public String chinese() {
        return chinese;
    }

    /** The English name. */
    public String english() {
        return english;
    }
}
