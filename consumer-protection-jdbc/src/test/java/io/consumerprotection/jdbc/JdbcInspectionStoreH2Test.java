package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.InspectionStoreContractTest;
import io.consumerprotection.spi.inspection.InspectionStore;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link InspectionStore} for {@link JdbcInspectionStore} on H2 (schema cp and a unique prefix, so that every query names its table through TableNames), in tables of their own (a
 * schema and/or prefix of {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcInspectionStoreH2Test extends InspectionStoreContractTest {

    private TestDatabase db;

    @Override
    protected InspectionStore newStore() {
        db = TestDatabase.open(TestDatabase.Kind.H2);
        return new JdbcInspectionStore(db.dataSource, db.tables);
    }

    @AfterEach
    void dropTables() {
        PrefixedTables.dropAndClose(db);
    }
}
