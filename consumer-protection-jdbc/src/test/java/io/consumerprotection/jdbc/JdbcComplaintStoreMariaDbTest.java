package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.AtomicComplaintStoreContractTest;
import io.consumerprotection.spi.complaint.AtomicComplaintStore;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link AtomicComplaintStore} (and of {@code ComplaintStore}) on mariadb,
 * in tables of their own (a schema and/or prefix of {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcComplaintStoreMariaDbTest extends AtomicComplaintStoreContractTest {

    private TestDatabase db;

    @Override
    protected AtomicComplaintStore newStore() {
        db = TestDatabase.open(TestDatabase.Kind.MARIADB);
        return new JdbcComplaintStore(db.dataSource, db.tables, TransactionContext.none(), 7);
    }

    @AfterEach
    void dropTables() {
        if (db != null) {
            db.close();
        }
    }
}
