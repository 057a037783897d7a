package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * Personal data found in free text: what type, its class under JR/T 0171-2020 and where. Never the value.
 *
 * @param type      what was found, for example {@code MOBILE}, {@code RESIDENT_ID}, {@code BANK_CARD}, {@code CVN}
 * @param dataClass {@code C2} or {@code C3}
 * @param start     the offset of its first character in the text
 * @param end       the offset after its last character
 */
public record PersonalDataHit(String type, String dataClass, int start, int end) {

    public PersonalDataHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dataClass, "dataClass");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("start " + start + " and end " + end + " are not a range");
        }
    }

    /** Whether this is C3 (authentication) data. */
    public boolean isC3() {
        return "C3".equals(dataClass);
    }

    @Override
    public String toString() {
        return "PersonalDataHit[type=" + Redaction.code(type) + ", dataClass=" + Redaction.code(dataClass) + ", start="
                + start + ", end=" + end + "]";
    }
}
