package io.consumerprotection.spi.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One regulatory penalty (监管处罚) imposed on a unit.
 *
 * @param id             a unique id
 * @param unitId         the unit penalised
 * @param date           the day of the decision
 * @param authority      who imposed it, for example {@code NFRA}, {@code PBOC}
 * @param decisionNumber the decision's document number; may be empty
 * @param amount         the fine in yuan; {@code 0} for a penalty without a fine
 */
public record PenaltyRecord(String id, String unitId, LocalDate date, String authority, String decisionNumber,
                            BigDecimal amount) {

    public PenaltyRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(amount, "amount");
        decisionNumber = decisionNumber == null ? "" : decisionNumber;
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
    }

    @Override
    public String toString() {
        return "PenaltyRecord[id=" + Redaction.code(id) + ", unitId=" + Redaction.code(unitId) + ", date=" + date
                + ", authority=" + Redaction.code(authority) + ", decisionNumber=" + Redaction.code(decisionNumber)
                + ", amount=" + amount + "]";
    }
}
