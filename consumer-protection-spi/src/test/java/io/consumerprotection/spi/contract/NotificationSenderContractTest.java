package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.NotificationSender;
import io.consumerprotection.spi.notification.RecipientRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link NotificationSender} meets. A host extends this class, implements
 * {@link #newSender()} and {@link #deliveredIds()}, which reads back what reached its gateway (or outbox).
 */
public abstract class NotificationSenderContractTest {

    protected NotificationSender sender;

    /** A new sender whose deliveries can be read back with {@link #deliveredIds()}. */
    protected abstract NotificationSender newSender();

    /** The ids of the notifications delivered or durably queued by the sender from {@link #newSender()}. */
    protected abstract List<String> deliveredIds();

    @BeforeEach
    void createSender() {
        sender = newSender();
    }

    protected static Notification notification(NotificationKind kind) {
        return new Notification(UUID.randomUUID().toString(), kind, RecipientRole.CUSTOMER, "C-" + UUID.randomUUID(),
                "HOTLINE", Map.of("DECISION", LocalDate.of(2024, 10, 8)), Instant.parse("2024-09-20T02:15:00Z"),
                "您的投诉已受理 / your complaint was accepted");
    }

    @Test
    void deliversEveryKind() {
        for (NotificationKind kind : NotificationKind.values()) {
            Notification n = notification(kind);
            assertThatCode(() -> sender.send(n)).doesNotThrowAnyException();
            assertThat(deliveredIds()).contains(n.id());
        }
    }

    @Test
    void sendingTheSameNotificationTwiceDeliversItOnce() {
        Notification n = notification(NotificationKind.DECISION_NOTICE);
        sender.send(n);
        sender.send(n);
        assertThat(deliveredIds()).filteredOn(n.id()::equals).hasSize(1);
    }
}
