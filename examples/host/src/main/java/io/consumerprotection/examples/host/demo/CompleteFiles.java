package io.consumerprotection.examples.host.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the demo's output files whole or not at all: the content goes to {@code name.part} beside the file
 * and is moved into place (atomically where the file system can) only once it is complete. When writing
 * fails, the part file and any older file of that name are deleted and the failure propagates, so no
 * truncated or stale report is left behind without the demo saying so.
 */
final class CompleteFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    private CompleteFiles() {
    }

    static void write(Path file, Content content) {
        Path part = part(file);
        try {
            try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
        } catch (IOException | RuntimeException | Error e) {
            discard(file, e);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("writing " + file.getFileName() + " failed; it was not written", io);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e;
        }
        moveIntoPlace(file);
    }

    /** The part file beside {@code file} (its directory is created); write it, then {@link #moveIntoPlace}. */
    static Path part(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.resolveSibling(file.getFileName() + ".part");
    }

    /** Moves the complete part file into place, replacing any older file. */
    static void moveIntoPlace(Path file) {
        Path part = part(file);
        try {
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            discard(file, e);
            throw new UncheckedIOException("moving " + file.getFileName() + " into place failed; it was not written", e);
        }
    }

    /** Deletes the part file and any older file, after a failure (recorded on it if deleting fails too). */
    static void discard(Path file, Throwable failure) {
        try {
            Files.deleteIfExists(part(file));
            Files.deleteIfExists(file);
        } catch (IOException | UncheckedIOException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    static void writeString(Path file, String content) {
        write(file, w -> w.write(content));
    }
}
