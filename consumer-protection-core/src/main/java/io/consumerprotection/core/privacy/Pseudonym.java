package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * A keyed pseudonym of a personal value: the id of the key used and 64 lower-case hexadecimal digits of
 * HMAC-SHA-256. Equal values under the same key give equal pseudonyms, which links records without
 * revealing the value.
 *
 * @param keyId the host's id of the key
 * @param value the hexadecimal HMAC
 */
public record Pseudonym(String keyId, String value) {

    public Pseudonym {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(value, "value");
    }

    /** Parses {@code keyId:hex}. */
    public static Pseudonym parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || text.length() - colon - 1 != 64) {
            throw new IllegalArgumentException("text is not keyId:64-hex-digits");
        }
        return new Pseudonym(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * {@code keyId:hex}, the form {@link #parse} reads, when the key id has the shape of a code and the value is
     * 64 lower-case hex digits (every pseudonym a {@link Pseudonymiser} makes); otherwise the key id as a code and
     * the value's length only, since a value that is not a digest may be the personal value itself.
     */
    @Override
    public String toString() {
        return isCanonical() ? keyId + ":" + value
                : "Pseudonym[keyId=" + Redaction.code(keyId) + ", value=" + Redaction.text(value) + "]";
    }

    private boolean isCanonical() {
        if (value.length() != 64 || !Redaction.isCode(keyId)) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
