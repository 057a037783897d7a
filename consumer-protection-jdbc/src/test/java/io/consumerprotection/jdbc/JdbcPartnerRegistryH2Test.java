package io.consumerprotection.jdbc;

import io.consumerprotection.spi.contract.PartnerRegistryContractTest;
import io.consumerprotection.spi.partner.PartnerRegistry;
import org.junit.jupiter.api.AfterEach;

/**
 * The spi contract of {@link PartnerRegistry} for {@link JdbcPartnerRegistry} on H2 (schema cp and a unique prefix, so that every query names its table through TableNames), in tables of their own (a
 * schema and/or prefix of {@link TableNames}); skipped with a message when the server does not answer.
 */
class JdbcPartnerRegistryH2Test extends PartnerRegistryContractTest {

    private TestDatabase db;

    @Override
    protected PartnerRegistry newRegistry() {
        db = TestDatabase.open(TestDatabase.Kind.H2);
        return new JdbcPartnerRegistry(db.dataSource, db.tables);
    }

    @AfterEach
    void dropTables() {
        PrefixedTables.dropAndClose(db);
    }
}
