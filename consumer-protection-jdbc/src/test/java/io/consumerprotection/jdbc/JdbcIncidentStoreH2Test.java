package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.IncidentStoreContractTest;
import io.consumerprotection.spi.privacy.IncidentStore;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link IncidentStore} for {@link JdbcIncidentStore} on H2 (schema cp and a unique prefix, so that every query names its table through TableNames), in tables of their own (a
 * schema and/or prefix of {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcIncidentStoreH2Test extends IncidentStoreContractTest {

    private TestDatabase db;

    @Override
    protected IncidentStore newStore() {
        db = TestDatabase.open(TestDatabase.Kind.H2);
        return new JdbcIncidentStore(db.dataSource, db.tables);
    }

    @AfterEach
    void dropTables() {
        PrefixedTables.dropAndClose(db);
    }
}
