package io.consumerprotection.core.privacy;

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

    /** {@code keyId:hex}. */
    @Override
    public String toString() {
        return keyId + ":" + value;
    }
}
