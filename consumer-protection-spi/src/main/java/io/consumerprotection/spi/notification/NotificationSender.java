package io.consumerprotection.spi.notification;

/**
 * The host's delivery of notifications (SMS, e-mail, letter queue, work-queue item, an outbox).
 *
 * @implSpec Implementations are thread-safe. {@link #send} returns normally only when the notification was
 * delivered or durably queued for delivery; otherwise it throws {@link NotificationDeliveryException}. A
 * failure is never swallowed. Sending the same {@link Notification#id()} twice must not deliver it twice.
 * The contract tests in {@code io.consumerprotection.spi.contract.NotificationSenderContractTest} check it.
 */
public interface NotificationSender {

    /**
     * Delivers or durably queues one notification.
     *
     * @throws NotificationDeliveryException when it was neither delivered nor queued
     */
    void send(Notification notification);
}
