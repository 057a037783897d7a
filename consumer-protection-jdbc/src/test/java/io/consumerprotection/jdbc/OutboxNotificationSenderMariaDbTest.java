package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.NotificationSenderContractTest;
import io.consumerprotection.spi.notification.NotificationSender;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link NotificationSender} on mariadb, in tables of their own (a schema and/or prefix of
 * {@link TableNames}); skipped with a message when the server does not answer.
 */
class OutboxNotificationSenderMariaDbTest extends NotificationSenderContractTest {

    private TestDatabase db;

    @Override
    protected NotificationSender newSender() {
        db = TestDatabase.open(TestDatabase.Kind.MARIADB);
        return new OutboxNotificationSender(db.dataSource, db.tables, TransactionContext.none());
    }

    @Override
    protected java.util.List<String> deliveredIds() {
        return db.outboxIds();
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            db.close();
        }
    }
}
