package io.consumerprotection.examples.host.audit;

import io.consumerprotection.spi.audit.ChainAnchor;
import io.consumerprotection.spi.audit.ChainCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checkpoints in an append-only file, one line each ({@code count<TAB>headHash<TAB>instant<TAB>keyId<TAB>signature}),
 * forced to disk before {@link #publish} returns. Put the file where the trail's database cannot write (another
 * volume, a WORM mount, a host the database's administrators do not control). A line cut short by a crash is
 * ignored. Thread-safe, and safe for several processes (an exclusive file lock around each append and read).
 */
public final class FileChainAnchor implements ChainAnchor {

    private static final Pattern LINE = Pattern.compile(
            "([0-9]{1,18})\t([^\t]{1,200})\t([0-9TZ:.\\-]{1,40})\t([A-Za-z0-9_.\\-]{0,64})\t([^\t]{0,200})");

    private final Path file;

    private FileChainAnchor(Path file) {
        this.file = file;
    }

    /** An anchor over this file, created on the first publish. */
    public static FileChainAnchor at(Path file) {
        return new FileChainAnchor(Objects.requireNonNull(file, "file").toAbsolutePath());
    }

    /** The file the checkpoints are kept in. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void publish(ChainCheckpoint c) {
        Objects.requireNonNull(c, "checkpoint");
        String line = c.recordCount() + "\t" + c.headHash() + "\t" + c.at() + "\t" + c.keyId() + "\t" + c.signature()
                + "\n";
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); FileLock ignored = ch.lock()) {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not publish the audit checkpoint to " + file, e);
        }
    }

    @Override
    public synchronized Optional<ChainCheckpoint> findLatest() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock()) {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit checkpoints of " + file, e);
        }
        ChainCheckpoint latest = null;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue; // a line cut short by a crash while it was written
            }
            ChainCheckpoint c = new ChainCheckpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3)),
                    m.group(4), m.group(5));
            if (latest == null || c.recordCount() >= latest.recordCount()) {
                latest = c;
            }
        }
        return Optional.ofNullable(latest);
    }

    @Override
    public String toString() {
        return "FileChainAnchor[" + file.getFileName() + "]";
    }
}
