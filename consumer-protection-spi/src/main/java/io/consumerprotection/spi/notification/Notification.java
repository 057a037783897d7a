package io.consumerprotection.spi.notification;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One notification to deliver. The {@code id} is stable for the same logical notification, so a host
 * (for example an outbox) can deliver each at most once.
 *
 * @param id          a stable, unique id (idempotency key)
 * @param kind        what it is about
 * @param recipient   who it is for
 * @param complaintId the complaint concerned
 * @param channel     the complaint's intake channel name, so the host can answer on the same channel
 * @param dueDates    the due dates that matter to the recipient, per milestone name
 * @param createdAt   when the SDK created it
 * @param text        a short, masked text; never unmasked personal data
 */
public record Notification(String id, NotificationKind kind, RecipientRole recipient, String complaintId,
                           String channel, Map<String, LocalDate> dueDates, Instant createdAt, String text) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(createdAt, "createdAt");
        dueDates = dueDates == null ? Map.of() : Map.copyOf(dueDates);
        text = text == null ? "" : text;
    }

    @Override
    public String toString() {
        return "Notification[id=" + Redaction.code(id) + ", kind=" + kind + ", recipient=" + recipient + ", complaintId="
                + Redaction.code(complaintId) + ", channel=" + Redaction.code(channel) + ", dueDates="
                + Redaction.codes(dueDates) + ", createdAt=" + createdAt + ", text=" + Redaction.text(text) + "]";
    }
}
