package io.consumerprotection.testkit;

import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationSender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link NotificationSender} that keeps what it was sent in memory, once per notification id, so tests
 * and demos can see it. Thread-safe. Not for production: nothing reaches a customer.
 */
public final class InMemoryNotificationSender implements NotificationSender {

    private final Map<String, Notification> delivered = new LinkedHashMap<>();

    @Override
    public synchronized void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        delivered.putIfAbsent(notification.id(), notification);
    }

    /** Every notification delivered, once each, in delivery order. */
    public synchronized List<Notification> delivered() {
        return List.copyOf(new ArrayList<>(delivered.values()));
    }
}
