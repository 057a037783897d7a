package io.consumerprotection.core.reporting;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * A complaint chosen as a typical case (典型案例) by rule, by id only: the report never copies a narrative.
 * The rule scores {@code MAJOR} level 4, regulator- or PBoC-transferred 3, escalated 2, repeat 1, and keeps the
 * highest scores (earliest received first on a tie).
 *
 * @param complaintId the complaint
 * @param score       its score
 * @param reasons     why it was chosen: {@code MAJOR}, {@code REGULATOR_TRANSFERRED}, {@code ESCALATED}, {@code REPEAT}
 */
public record TypicalCase(String complaintId, int score, List<String> reasons) {

    public TypicalCase {
        Objects.requireNonNull(complaintId, "complaintId");
        reasons = List.copyOf(reasons);
    }

    /** The reasons in Chinese, joined with {@code 、}. */
    public String reasonsZh() {
        return String.join("、", reasons.stream().map(r -> switch (r) {
            case "MAJOR" -> "重大投诉";
            case "REGULATOR_TRANSFERRED" -> "监管转办";
            case "ESCALATED" -> "升级投诉";
            case "REPEAT" -> "重复投诉";
            default -> r;
        }).toList());
    }

    @Override
    public String toString() {
        return "TypicalCase[complaintId=" + Redaction.code(complaintId) + ", score=" + score + ", reasons=" + Redaction.codes(reasons) + "]";
    }
}
