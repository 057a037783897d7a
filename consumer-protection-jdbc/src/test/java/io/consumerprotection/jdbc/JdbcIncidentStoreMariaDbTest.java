package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.IncidentStoreContractTest;
import io.consumerprotection.spi.privacy.IncidentStore;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link IncidentStore} for {@link JdbcIncidentStore} on mariadb, in tables of their own (a
 * schema and/or prefix of {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcIncidentStoreMariaDbTest extends IncidentStoreContractTest {

    private TestDatabase db;

    @Override
    protected IncidentStore newStore() {
        db = TestDatabase.open(TestDatabase.Kind.MARIADB);
        return new JdbcIncidentStore(db.dataSource, db.tables);
    }

    @AfterEach
    void dropTables() {
        PrefixedTables.dropAndClose(db);
    }
}
