package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.OutboxNotificationSender;
import io.consumerprotection.spi.contract.NotificationSenderContractTest;
import io.consumerprotection.spi.notification.NotificationSender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link NotificationSender} for {@link OutboxNotificationSender} on PostgreSQL (skipped when no server is reachable):
 * "delivered" means durably queued in the outbox.
 */
class OutboxNotificationSenderPostgresTest extends NotificationSenderContractTest {

    private JdbcHost host;
    private String schema;

    @Override
    protected NotificationSender newSender() {
        schema = TestDatabases.uniqueSchema();
        host = TestDatabases.postgresHost(schema);
        return host.notificationSender();
    }

    @Override
    protected List<String> deliveredIds() {
        return OutboxTestRows.ids(host);
    }

    @AfterEach
    void closeHost() {
        if (host != null) {
            host.close();
            TestDatabases.dropSchema(schema);
        }
    }
}
