package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * The id of a personal-data incident in the host's {@code IncidentStore}.
 *
 * @param value the id: 1 to 64 characters of letters, digits, {@code -}, {@code _} and {@code .}
 */
public record IncidentId(String value) {

    public IncidentId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("value: an incident id is 1-64 letters, digits, '.', '_' or '-'");
        }
    }

    /** The id with this value. */
    public static IncidentId of(String value) {
        return new IncidentId(value);
    }

    /** The value as it is when it has the shape of a code; otherwise its length (it could be personal data). */
    @Override
    public String toString() {
        return Redaction.code(value);
    }
}
