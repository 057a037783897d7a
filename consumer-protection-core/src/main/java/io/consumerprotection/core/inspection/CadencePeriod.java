package io.consumerprotection.core.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of the cadence for one unit and how often the check was done in it; a period that ended with
 * {@code done == 0} is a miss (the audit rule {@code CP-INSPECT-001} reports it).
 *
 * @param kind   the level of the cadence
 * @param unitId the unit that owes it
 * @param from   the period's first day
 * @param to     the period's last day (inclusive)
 * @param done   how many records of this kind the unit made in the period
 */
public record CadencePeriod(CadenceKind kind, String unitId, LocalDate from, LocalDate to, long done) {

    public CadencePeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The subject id: kind, unit and first day. */
    public String subjectId() {
        return kind + ":" + unitId + ":" + from;
    }

    @Override
    public String toString() {
        return "CadencePeriod[" + kind + " " + Redaction.code(unitId) + " " + from + ".." + to + ", done=" + done + "]";
    }
}
