package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.AuditedComplaintStoreContractTest;
import io.consumerprotection.spi.complaint.AuditedComplaintStore;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link AuditedComplaintStore} on mariadb, in tables of their own (a schema and/or prefix of
 * {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcAuditedComplaintStoreMariaDbTest extends AuditedComplaintStoreContractTest {

    private TestDatabase db;

    @Override
    protected AuditedComplaintStore newStore() {
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
