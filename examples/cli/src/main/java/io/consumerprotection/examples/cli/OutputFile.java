package io.consumerprotection.examples.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written whole or not at all: the content goes to a temporary file beside the target, which
 * is moved into place only when everything was written; on any failure the temporary file is deleted and an
 * existing target is left as it was. A target that is not a regular file (a device such as
 * {@code /dev/stdout}, a pipe) is written directly. Without a target the content goes to standard output,
 * whose write errors are detected too. A write failure is a {@link CommandFailure#failure runtime failure}.
 */
final class OutputFile {

    /** What writes the content. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(Writer out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Writes {@code content} to {@code target} (named by {@code option} in messages), or to standard output
     * when it is null, and returns what the content returned.
     */
    static <T> T write(Path target, String option, Content<T> content) {
        if (target == null) {
            return toStandardOutput(content);
        }
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw CommandFailure.usage(option, "'" + target + "' is a directory; give a file name");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw CommandFailure.usage(option, "the directory of '" + target + "' does not exist");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            return direct(absolute, option, content);
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".partial");
        } catch (AccessDeniedException e) {
            throw CommandFailure.failure(option, "cannot write in the directory of '" + target + "' (permission denied)", e);
        } catch (IOException e) {
            throw CommandFailure.failure(option, "cannot write '" + target + "': " + CommandFailure.firstLine(e), e);
        }
        boolean moved = false;
        try {
            T result;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16)) {
                result = content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw CommandFailure.failure(option, "writing '" + target + "' failed, nothing was written: "
                    + CommandFailure.firstLine(e instanceof UncheckedIOException u ? u.getCause() : e), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the failure being reported is the one that matters; a stray .partial file is named as such
                }
            }
        }
    }

    private static <T> T direct(Path target, String option, Content<T> content) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8), 1 << 16)) {
            return content.writeTo(out);
        } catch (IOException | UncheckedIOException e) {
            throw CommandFailure.failure(option, "writing '" + target + "' failed: "
                    + CommandFailure.firstLine(e instanceof UncheckedIOException u ? u.getCause() : e), e);
        }
    }

    private static <T> T toStandardOutput(Content<T> content) {
        // System.out swallows write errors (PrintStream); checkError() reports them after the flush
        OutputStream unclosable = new FilterOutputStream(System.out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        T result;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(unclosable, StandardCharsets.UTF_8), 1 << 16)) {
            result = content.writeTo(out);
        } catch (IOException | UncheckedIOException e) {
            throw CommandFailure.failure("stdout", "writing failed: " + CommandFailure.firstLine(e), e);
        }
        checkStandardOutput();
        return result;
    }

    /** Throws a runtime failure when standard output has failed (disk full, closed pipe). */
    static void checkStandardOutput() {
        if (System.out.checkError()) {
            throw CommandFailure.failure("stdout", "writing failed (disk full, or the reading end was closed)", null);
        }
    }
}
