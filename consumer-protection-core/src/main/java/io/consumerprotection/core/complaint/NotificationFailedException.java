package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.notification.Notification;

/**
 * The complaint change was saved, but a notification it requires could not be delivered. The caller must
 * resend {@link #notification()} (its id is stable, so a sender delivers it once) or escalate.
 */
public final class NotificationFailedException extends ConsumerProtectionException {

    private static final long serialVersionUID = 1L;

    private final transient Complaint complaint;
    private final transient Notification notification;

    public NotificationFailedException(Complaint complaint, Notification notification, RuntimeException cause) {
        super("NOTIFICATION_NOT_DELIVERED", "complaint " + complaint.id() + " was saved as version "
                + complaint.version() + " but notification " + notification.id() + " (" + notification.kind()
                + " to " + notification.recipient() + ") was not delivered", cause);
        this.complaint = complaint;
        this.notification = notification;
    }

    /** The complaint as saved. */
    public Complaint complaint() {
        return complaint;
    }

    /** The notification to resend. */
    public Notification notification() {
        return notification;
    }
}
