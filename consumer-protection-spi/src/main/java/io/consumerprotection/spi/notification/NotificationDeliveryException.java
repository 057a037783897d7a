package io.consumerprotection.spi.notification;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.internal.Redaction;

/** A notification the host could not deliver (or could not durably queue). */
public class NotificationDeliveryException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    private final String notificationId;

    public NotificationDeliveryException(String notificationId, String reason, Throwable cause) {
        super("NOTIFICATION_NOT_DELIVERED", "notification " + Redaction.code(notificationId) + " was not delivered: " + reason, cause);
        this.notificationId = notificationId;
    }

    public NotificationDeliveryException(String notificationId, String reason) {
        this(notificationId, reason, null);
    }

    public String notificationId() {
        return notificationId;
    }
}
