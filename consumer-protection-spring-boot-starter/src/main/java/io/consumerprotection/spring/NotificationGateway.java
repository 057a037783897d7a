package io.consumerprotection.spring;

import io.consumerprotection.spi.notification.NotificationSender;

/**
 * The application's real delivery (SMS gateway, message centre, e-mail): declare a bean of this type and the starter
 * runs an outbox dispatcher that hands it every queued notification, once per id, on a scheduler
 * ({@code consumer-protection.outbox.dispatch-interval}). Without one, notifications stay queued in the outbox.
 */
@FunctionalInterface
public interface NotificationGateway extends NotificationSender {
}
