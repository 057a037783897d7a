package io.consumerprotection.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonymisation with HMAC-SHA-256 under a host key: the same value of the same field type always
 * gives the same {@link Pseudonym}, and without the key nobody can test a guess. Values are normalised
 * first (surrounding blanks dropped; digit identifiers without spaces and hyphens; a resident ID upper-cased
 * and a legacy 15-digit one upgraded to 18 characters), so that the same person links across systems.
 * Thread-safe; the key is copied and never shown.
 */
public final class Pseudonymiser {

    /** The shortest key accepted, in bytes (the HMAC-SHA-256 output size, RFC 2104 §3). */
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final String keyId;
    private final ThreadLocal<Mac> macs;

    private Pseudonymiser(byte[] key, String keyId) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.keyId = keyId;
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * A pseudonymiser over a key of at least {@value #MIN_KEY_BYTES} bytes.
     *
     * @param key   the secret key (copied)
     * @param keyId the host's id of the key, recorded in every pseudonym so that keys can rotate
     */
    public static Pseudonymiser of(byte[] key, String keyId) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keyId, "keyId");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("key must have at least " + MIN_KEY_BYTES + " bytes, has " + key.length);
        }
        if (keyId.isBlank() || keyId.indexOf(':') >= 0) {
            throw new IllegalArgumentException("keyId must be non-blank and contain no ':'");
        }
        return new Pseudonymiser(Arrays.copyOf(key, key.length), keyId);
    }

    /** The pseudonym of a value of a field type. */
    public Pseudonym pseudonymise(FieldType type, String value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Mac mac = macs.get();
        mac.update(type.name().getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        byte[] h = mac.doFinal(normalise(type, value).getBytes(StandardCharsets.UTF_8));
        return new Pseudonym(keyId, HexFormat.of().formatHex(h));
    }

    /** Whether a value of a type has this pseudonym, compared in constant time. */
    public boolean matches(FieldType type, String value, Pseudonym pseudonym) {
        Objects.requireNonNull(pseudonym, "pseudonym");
        return pseudonym.keyId().equals(keyId) && MessageDigest.isEqual(
                pseudonymise(type, value).value().getBytes(StandardCharsets.US_ASCII),
                pseudonym.value().getBytes(StandardCharsets.US_ASCII));
    }

    static String normalise(FieldType type, String value) {
        String v = value.strip();
        switch (type) {
            case BANK_CARD:
            case ACCOUNT:
            case MOBILE:
                return v.replace(" ", "").replace("-", "");
            case RESIDENT_ID:
                v = v.toUpperCase(Locale.ROOT);
                if (v.length() == 15 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return ResidentIdentityNumber.upgrade(v);
                }
                return v;
            case EMAIL:
                return v.toLowerCase(Locale.ROOT);
            default:
                return v;
        }
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "Pseudonymiser[keyId=" + keyId + "]";
    }
}
