package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.InspectionStoreContractTest;
import io.consumerprotection.spi.inspection.InspectionStore;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link InspectionStore} for {@link JdbcInspectionStore} on mariadb, in tables of their own (a
 * schema and/or prefix of {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcInspectionStoreMariaDbTest extends InspectionStoreContractTest {

    private TestDatabase db;

    @Override
    protected InspectionStore newStore() {
        db = TestDatabase.open(TestDatabase.Kind.MARIADB);
        return new JdbcInspectionStore(db.dataSource, db.tables);
    }

    @AfterEach
    void dropTables() {
        PrefixedTables.dropAndClose(db);
    }
}
