package io.consumerprotection.core.partner;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * The id of a partner in the host's {@code PartnerRegistry}.
 *
 * @param value 1 to 64 letters, digits, {@code -}, {@code _} or {@code .}
 */
public record PartnerId(String value) {

    public PartnerId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("value: a partner id is 1-64 letters, digits, '.', '_' or '-'");
        }
    }

    /** The id with this value. */
    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    /** The value as it is when it has the shape of a code; otherwise its length (it could be personal data). */
    @Override
    public String toString() {
        return Redaction.code(value);
    }
}
