package io.consumerprotection.spi.audit;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The host's keys for the audit chain's HMAC (HMAC-SHA256). Keys live outside the database that holds the
 * trail (an HSM, a KMS, a key file readable by the application only), so that whoever can write the trail's
 * tables cannot forge a record or a checkpoint.
 *
 * <p>Keys rotate: records and checkpoints name the id of the key that sealed them, new ones are sealed with
 * {@link #currentKeyId()}, and a retired key stays findable for as long as the trail it sealed must be
 * verified.
 *
 * @implSpec Implementations are thread-safe. A key id is 1 to 64 characters of {@code [A-Za-z0-9_.-]}.
 * {@link #findKey} returns the same key for the same id for as long as it returns one. Neither method logs the
 * key or puts it in an exception message.
 */
public interface AuditKeyProvider {

    /** The id of the key new records and checkpoints are sealed with. */
    String currentKeyId();

    /** The key with this id, if the host has it (current or retired). */
    Optional<SecretKey> findKey(String keyId);
}
