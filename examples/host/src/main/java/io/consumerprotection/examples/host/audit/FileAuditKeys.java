package io.consumerprotection.examples.host.audit;

import io.consumerprotection.spi.audit.AuditKeyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One audit key in a file of its own: 64 hexadecimal digits (32 bytes), the key id being the file's name
 * without {@code .key}. {@link #createOrOpen} makes the file with a new random key, readable by its owner only,
 * when it does not exist. For the demo and small hosts: a bank keeps its key in an HSM or KMS, never in the
 * trail's database, and never in a log.
 */
public final class FileAuditKeys implements AuditKeyProvider {

    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-fA-F]{64}");

    private final String keyId;
    private final SecretKey key;

    private FileAuditKeys(String keyId, SecretKey key) {
        this.keyId = keyId;
        this.key = key;
    }

    /**
     * The key in {@code file} ({@code <keyId>.key}), created with a new random key when absent.
     *
     * @throws IllegalArgumentException when the file does not hold 64 hexadecimal digits, or its name is no key id
     */
    public static FileAuditKeys createOrOpen(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString();
        if (!name.matches("[A-Za-z0-9_.\\-]{1,64}\\.key")) {
            throw new IllegalArgumentException("the key file's name must be <keyId>.key, with a key id of 1 to 64"
                    + " characters of [A-Za-z0-9_.-]");
        }
        String keyId = name.substring(0, name.length() - ".key".length());
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String text = Files.readString(file).strip();
            if (!HEX_KEY.matcher(text).matches()) {
                throw new IllegalArgumentException("the audit key file " + name + " must hold 64 hexadecimal digits");
            }
            return new FileAuditKeys(keyId, new SecretKeySpec(HexFormat.of().parseHex(text), "HmacSHA256"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit key file " + name, e);
        }
    }

    /**
     * Writes a new random key to a temporary file readable by its owner only and links it in place: the key file
     * appears whole or not at all, and of two processes creating it at once, one key wins and both read it.
     */
    private static void create(Path file) throws IOException {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path dir = file.toAbsolutePath().getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, ".audit-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            temp = Files.createTempFile(dir, ".audit-key", ".tmp");
        }
        try {
            Files.writeString(temp, HexFormat.of().formatHex(fresh) + "\n");
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // another process made it first: its key is the key
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public String currentKeyId() {
        return keyId;
    }

    @Override
    public Optional<SecretKey> findKey(String id) {
        return keyId.equals(id) ? Optional.of(key) : Optional.empty();
    }

    @Override
    public String toString() {
        return "FileAuditKeys[" + keyId + "]";
    }
}
