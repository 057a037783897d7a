package io.consumerprotection.spi.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One consumer-protection inspection of a unit (by the regulator, internal audit or the head office) and
 * the issues it found.
 *
 * @param id             a unique id
 * @param unitId         the unit inspected
 * @param date           the day the findings were issued
 * @param inspector      who inspected, for example {@code NFRA}, {@code INTERNAL_AUDIT}; may be empty
 * @param issuesFound    issues found
 * @param issuesRectified of those, issues rectified by now
 */
public record InspectionRecord(String id, String unitId, LocalDate date, String inspector, int issuesFound,
                               int issuesRectified) {

    public InspectionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(date, "date");
        inspector = inspector == null ? "" : inspector;
        if (issuesFound < 0 || issuesRectified < 0 || issuesRectified > issuesFound) {
            throw new IllegalArgumentException("need 0 <= issuesRectified <= issuesFound");
        }
    }

    @Override
    public String toString() {
        return "InspectionRecord[id=" + Redaction.code(id) + ", unitId=" + Redaction.code(unitId) + ", date=" + date
                + ", inspector=" + Redaction.code(inspector) + ", issuesFound=" + issuesFound + ", issuesRectified="
                + issuesRectified + "]";
    }
}
