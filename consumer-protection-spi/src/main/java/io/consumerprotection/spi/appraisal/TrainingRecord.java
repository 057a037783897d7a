package io.consumerprotection.spi.appraisal;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One consumer-protection training session or test held for a unit's staff (PBoC Order 2020 No. 5
 * art. 10 asks for at least one a year for every staff level).
 *
 * @param id       a unique id
 * @param unitId   the unit (branch, department, bank) whose staff took part
 * @param date     the day it was held
 * @param topic    what it was about; may be empty
 * @param enrolled staff expected to take part
 * @param attended staff who took part
 * @param examined staff who sat the test; 0 when there was no test
 * @param passed   staff who passed the test
 */
public record TrainingRecord(String id, String unitId, LocalDate date, String topic, int enrolled, int attended,
                             int examined, int passed) {

    public TrainingRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(date, "date");
        topic = topic == null ? "" : topic;
        if (enrolled < 0 || attended < 0 || examined < 0 || passed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (passed > examined) {
            throw new IllegalArgumentException("passed (" + passed + ") must not exceed examined (" + examined + ")");
        }
    }

    @Override
    public String toString() {
        return "TrainingRecord[id=" + Redaction.code(id) + ", unitId=" + Redaction.code(unitId) + ", date=" + date
                + ", topic=" + Redaction.text(topic) + ", enrolled=" + enrolled + ", attended=" + attended + ", examined="
                + examined + ", passed=" + passed + "]";
    }
}
