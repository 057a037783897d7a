package io.consumerprotection.core.partner;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a partner stands. Only {@link #ADMITTED} and {@link #WATCHED} partners may sell or receive data
 * ({@link #mayOperate()}); a blacklisted partner (黑名单, seed 003) can only exit.
 */
public enum PartnerStatus {
    /** Applied; admission review not finished (准入审查中). */
    PENDING("准入审查中"),
    /** Admitted after review (已准入). */
    ADMITTED("已准入"),
    /** Admitted and under closer watch (关注), for example after complaints rose. */
    WATCHED("关注"),
    /** Cooperation suspended (暂停合作). */
    SUSPENDED("暂停合作"),
    /** On the blacklist: no admission (黑名单). */
    BLACKLISTED("黑名单"),
    /** Cooperation ended, or admission refused (退出). */
    EXITED("已退出");

    private final String titleZh;

    PartnerStatus(String titleZh) {
        this.titleZh = titleZh;
    }

    /** The Chinese title, for officers. */
    public String titleZh() {
        return titleZh;
    }

    /** Whether a partner in this status may sell or receive data. */
    public boolean mayOperate() {
        return this == ADMITTED || this == WATCHED;
    }

    /** The statuses a partner may move to from this one. */
    public Set<PartnerStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(ADMITTED, BLACKLISTED, EXITED);
            case ADMITTED -> EnumSet.of(WATCHED, SUSPENDED, BLACKLISTED, EXITED);
            case WATCHED -> EnumSet.of(ADMITTED, SUSPENDED, BLACKLISTED, EXITED);
            case SUSPENDED -> EnumSet.of(ADMITTED, WATCHED, BLACKLISTED, EXITED);
            case BLACKLISTED -> EnumSet.of(EXITED);
            case EXITED -> EnumSet.noneOf(PartnerStatus.class);
        };
    }
}
