package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.AtomicAuditedComplaintStoreContractTest;
import io.consumerprotection.spi.complaint.AtomicAuditedComplaintStore;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link AtomicAuditedComplaintStore} (and of {@code AuditedComplaintStore}) on mariadb,
 * in tables of their own (a schema and/or prefix of {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcAuditedComplaintStoreMariaDbTest extends AtomicAuditedComplaintStoreContractTest {

    private TestDatabase db;

    @Override
    protected AtomicAuditedComplaintStore newStore() {
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
