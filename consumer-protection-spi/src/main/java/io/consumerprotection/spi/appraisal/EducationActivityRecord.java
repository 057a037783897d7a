package io.consumerprotection.spi.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One financial-education or outreach activity a unit held (a 3·15 week event, a community talk, an
 * online article).
 *
 * @param id       a unique id
 * @param unitId   the unit that held it
 * @param date     the day it was held (or published)
 * @param kind     its kind, for example {@code OFFLINE}, {@code ONLINE}; may be empty
 * @param title    its title; may be empty
 * @param audience consumers reached (people present, or reads and plays online)
 */
public record EducationActivityRecord(String id, String unitId, LocalDate date, String kind, String title,
                                      long audience) {

    public EducationActivityRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(date, "date");
        kind = kind == null ? "" : kind;
        title = title == null ? "" : title;
        if (audience < 0) {
            throw new IllegalArgumentException("audience must not be negative");
        }
    }

    @Override
    public String toString() {
        return "EducationActivityRecord[id=" + Redaction.code(id) + ", unitId=" + Redaction.code(unitId) + ", date=" + date
                + ", kind=" + Redaction.code(kind) + ", title=" + Redaction.text(title) + ", audience=" + audience + "]";
    }
}
