package io.consumerprotection.core.privacy;

import java.util.Objects;

/**
 * One piece of personal data found in a text: its type, class and place in the original text (UTF-16
 * indices, {@code start} inclusive, {@code end} exclusive). Never holds the value.
 *
 * @param type             the kind of data
 * @param informationClass its JR/T 0171 class
 * @param start            the index of its first char in the original text
 * @param end              the index after its last char
 */
public record ScrubFinding(FieldType type, InformationClass informationClass, int start, int end) {

    public ScrubFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(informationClass, "informationClass");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("start and end must satisfy 0 <= start < end: " + start + ", " + end);
        }
    }
}
