package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationSender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stand-in for an SMS gateway that survives process death: every hand-over and every delivery is a line
 * in a file, forced to disk before {@link #send} returns. Like a real gateway with an idempotency key (and
 * as the {@link NotificationSender} contract requires) it delivers a notification id at most once; the
 * {@code HANDOVER} lines show how often the outbox handed the same id over.
 */
final class FileGateway implements NotificationSender {

    private final FileChannel file;
    private final Set<String> delivered = new HashSet<>();
    private final Runnable afterDelivery;

    FileGateway(Path path, Runnable afterDelivery) {
        this.afterDelivery = afterDelivery;
        try {
            if (Files.exists(path)) {
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    if (line.startsWith("DELIVER ")) {
                        delivered.add(line.substring("DELIVER ".length()));
                    }
                }
            }
            file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void send(Notification n) {
        write("HANDOVER " + n.id());
        if (delivered.add(n.id())) {
            write("DELIVER " + n.id());
        }
        afterDelivery.run();
    }

    synchronized int deliveredCount() {
        return delivered.size();
    }

    private void write(String line) {
        try {
            file.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            file.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path path, String kind) throws IOException {
        return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith(kind + " ")).map(l -> l.substring(kind.length() + 1)).toList();
    }
}
