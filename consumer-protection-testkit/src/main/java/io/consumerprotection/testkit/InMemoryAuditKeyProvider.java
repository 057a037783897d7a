package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.AuditKeyProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Audit keys held in memory: the current one and any retired ones. Thread-safe (immutable). For tests and
 * the demo; a bank's keys come from its HSM or KMS.
 */
public final class InMemoryAuditKeyProvider implements AuditKeyProvider {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    /** HMAC-SHA256 keys shorter than the hash give less than its strength (RFC 2104 §3). */
    private static final int MIN_KEY_BYTES = 32;

    private final String current;
    private final Map<String, SecretKey> keys;

    private InMemoryAuditKeyProvider(String current, Map<String, SecretKey> keys) {
        this.current = current;
        this.keys = Map.copyOf(keys);
    }

    /**
     * A provider with one key.
     *
     * @param keyId 1 to 64 characters of {@code [A-Za-z0-9_.-]}
     * @param key   at least 32 bytes; copied
     */
    public static InMemoryAuditKeyProvider of(String keyId, byte[] key) {
        return new InMemoryAuditKeyProvider(checkedId(keyId), Map.of(keyId, secret(key)));
    }

    /** This provider with a new current key; the keys it had stay findable for verification. */
    public InMemoryAuditKeyProvider rotatedTo(String keyId, byte[] key) {
        Map<String, SecretKey> all = new LinkedHashMap<>(keys);
        if (all.containsKey(checkedId(keyId))) {
            throw new IllegalArgumentException("key id " + keyId + " is already in use");
        }
        all.put(keyId, secret(key));
        return new InMemoryAuditKeyProvider(keyId, all);
    }

    @Override
    public String currentKeyId() {
        return current;
    }

    @Override
    public Optional<SecretKey> findKey(String keyId) {
        return Optional.ofNullable(keys.get(Objects.requireNonNull(keyId, "keyId")));
    }

    private static String checkedId(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("keyId must be 1 to 64 characters of [A-Za-z0-9_.-]");
        }
        return keyId;
    }

    private static SecretKey secret(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("key must have at least " + MIN_KEY_BYTES + " bytes, had " + key.length);
        }
        return new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    @Override
    public String toString() {
        return "InMemoryAuditKeyProvider[current=" + current + ", keys=" + keys.size() + "]";
    }
}
