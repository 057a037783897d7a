package io.consumerprotection.core.warning;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One explainable hot-spot alert: which cell, in which bucket, how many complaints against how many its
 * history explains, how improbable that is, and the complaints that made it (ids only, never text).
 *
 * @param kind         why it was raised
 * @param cell         the cell's values: business and cause codes and the unit for a surge; business and cause
 *                     codes for a new topic; {@code [customer token]} or {@code [product]} for a repeat;
 *                     {@code [partner id]} for a partner rise
 * @param cellNameZh   the cell named for an officer, {@code 银行卡 · 定价收费 · BR-021}
 * @param unit         the unit the alert concerns ({@code ""} when bank-wide)
 * @param from         the first day of the bucket (or of the repeat window)
 * @param to           the last day
 * @param observed     complaints observed
 * @param expected     complaints the baseline explains (0 for a new topic, the threshold minus one for a repeat; for a
 *                     partner rise, the previous period's count, or for a share rise the count the partner's previous
 *                     share of this period's total gives)
 * @param probability  {@code P(X >= observed)} under the baseline ({@code 0} for a new topic, {@code NaN} for a repeat
 *                     and a partner rise, which pass a threshold)
 * @param complaintIds the complaints that made it, at most {@link WarningSettings#maxNarratives()}
 */
public record HotSpotAlert(AlertKind kind, List<String> cell, String cellNameZh, String unit, LocalDate from,
                           LocalDate to, long observed, double expected, double probability,
                           List<String> complaintIds) {

    public HotSpotAlert {
        Objects.requireNonNull(kind, "kind");
        cell = List.copyOf(cell);
        Objects.requireNonNull(cellNameZh, "cellNameZh");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        complaintIds = List.copyOf(complaintIds);
    }

    /** A stable id: {@code SURGE/06|07|BR-021/2025-05-05}. */
    public String id() {
        return kind + "/" + String.join("|", cell) + "/" + from;
    }

    /** The expected count to one decimal. */
    public BigDecimal expectedRounded() {
        return BigDecimal.valueOf(expected).setScale(1, RoundingMode.HALF_UP);
    }

    /** The explanation in Chinese, then English, one line. */
    public String explanation() {
        return switch (kind) {
            case SURGE -> cellNameZh + "：" + from + "至" + to + " 投诉 " + observed + " 件，历史基线预期 " + expectedRounded()
                    + " 件，出现概率 " + probabilityText() + " / " + observed + " complaints against " + expectedRounded()
                    + " expected, P=" + probabilityText();
            case NEW_TOPIC -> cellNameZh + "：" + from + "至" + to + " 新出现投诉 " + observed + " 件，基线期内未出现 / new topic: "
                    + observed + " complaints, none in the baseline";
            case REPEAT_CUSTOMER, REPEAT_PRODUCT -> cellNameZh + "：" + from + "至" + to + " 投诉 " + observed + " 次，达到重复投诉阈值 / "
                    + observed + " complaints within the window, at or above the repeat threshold";
            case PARTNER_COUNT_RISE -> cellNameZh + "：" + from + "至" + to + " 投诉 " + observed + " 件，上期 " + expectedRounded()
                    + " 件，升幅达到预警阈值 / " + observed + " complaints against " + expectedRounded()
                    + " in the previous period, a rise at or above the alert threshold";
            case PARTNER_SHARE_RISE -> cellNameZh + "：" + from + "至" + to + " 投诉 " + observed + " 件，按上期占比应为 "
                    + expectedRounded() + " 件，占比升幅达到预警阈值 / " + observed + " complaints against " + expectedRounded()
                    + " at the previous share, a share rise at or above the alert threshold";
        };
    }

    /** The probability in scientific notation with two significant digits, {@code 3.2e-05}. */
    public String probabilityText() {
        return Double.isNaN(probability) ? "-" : String.format(java.util.Locale.ROOT, "%.1e", probability);
    }

    @Override
    public String toString() {
        return "HotSpotAlert[kind=" + kind + ", cell=" + Redaction.codes(cell) + ", from=" + from + ", to=" + to
                + ", observed=" + observed + ", expected=" + expectedRounded() + ", p=" + probabilityText()
                + ", complaints=" + complaintIds.size() + "]";
    }
}
