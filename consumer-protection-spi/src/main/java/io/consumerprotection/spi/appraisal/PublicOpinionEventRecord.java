package io.consumerprotection.spi.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One public-opinion (舆情) event about a unit.
 *
 * @param id          a unique id
 * @param unitId      the unit concerned
 * @param date        the day it started
 * @param major       whether it is a major negative event (重大负面舆情)
 * @param responsible whether the institution was found responsible (因我行责任)
 * @param summary     a short description without personal data; may be empty
 */
public record PublicOpinionEventRecord(String id, String unitId, LocalDate date, boolean major, boolean responsible,
                                       String summary) {

    public PublicOpinionEventRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(date, "date");
        summary = summary == null ? "" : summary;
    }

    @Override
    public String toString() {
        return "PublicOpinionEventRecord[id=" + Redaction.code(id) + ", unitId=" + Redaction.code(unitId) + ", date="
                + date + ", major=" + major + ", responsible=" + responsible + ", summary=" + Redaction.text(summary) + "]";
    }
}
