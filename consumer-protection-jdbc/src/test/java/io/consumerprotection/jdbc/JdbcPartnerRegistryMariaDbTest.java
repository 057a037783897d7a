package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.PartnerRegistryContractTest;
import io.consumerprotection.spi.partner.PartnerRegistry;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link PartnerRegistry} for {@link JdbcPartnerRegistry} on mariadb, in tables of their own (a
 * schema and/or prefix of {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcPartnerRegistryMariaDbTest extends PartnerRegistryContractTest {

    private TestDatabase db;

    @Override
    protected PartnerRegistry newRegistry() {
        db = TestDatabase.open(TestDatabase.Kind.MARIADB);
        return new JdbcPartnerRegistry(db.dataSource, db.tables);
    }

    @AfterEach
    void dropTables() {
        PrefixedTables.dropAndClose(db);
    }
}
