/**
 * Delivery of notifications to customers, handlers, supervisors and the regulator liaison through the
 * host's own gateway: the {@link io.consumerprotection.spi.notification.NotificationSender}.
 */
package io.consumerprotection.spi.notification;
