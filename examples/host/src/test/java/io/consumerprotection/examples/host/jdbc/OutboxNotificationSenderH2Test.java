package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.OutboxNotificationSender;
import io.consumerprotection.spi.contract.NotificationSenderContractTest;
import io.consumerprotection.spi.notification.NotificationSender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link NotificationSender} for {@link OutboxNotificationSender} on an in-memory H2 database:
 * "delivered" means durably queued in the outbox.
 */
class OutboxNotificationSenderH2Test extends NotificationSenderContractTest {

    private JdbcHost host;

    @Override
    protected NotificationSender newSender() {
        host = JdbcHost.h2InMemory();
        return host.notificationSender();
    }

    @Override
    protected List<String> deliveredIds() {
        return OutboxTestRows.ids(host);
    }

    @AfterEach
    void closeHost() {
        host.close();
    }
}
