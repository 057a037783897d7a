package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * One fact a finding rests on: a field, a timeline event or a date, named and with its value as text.
 * Values are never unmasked personal data.
 *
 * @param name  what it is, for example {@code timeline[7].DECIDED.at} or {@code dueDate.DECISION}
 * @param value its value as text
 */
public record Evidence(String name, String value) {

    public Evidence {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
    }

    /** Evidence with this name and value ({@code String.valueOf(value)}). */
    public static Evidence of(String name, Object value) {
        return new Evidence(name, value == null ? "" : String.valueOf(value));
    }

    @Override
    public String toString() {
        return "Evidence[name=" + Redaction.code(name) + ", value=" + Redaction.code(value) + "]";
    }
}
