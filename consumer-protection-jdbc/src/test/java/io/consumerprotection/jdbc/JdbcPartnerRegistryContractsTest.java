package io.consumerprotection.jdbc;

import io.consumerprotection.spi.partner.PartnerRegistry;
import io.consumerprotection.spi.contract.PartnerRegistryContractTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * The spi contract of {@link PartnerRegistry} for {@link JdbcPartnerRegistry} on H2, PostgreSQL and MariaDB, each in tables of
 * their own (a schema and/or a prefix of {@link TableNames}, see {@link TestDatabase}), through the constructor
 * the starter uses ({@link TransactionContext#none()} here: each call commits its own). The server runs are
 * skipped with a message when no server answers.
 */
class JdbcPartnerRegistryContractsTest {

    private TestDatabase db;

    private PartnerRegistry open(TestDatabase.Kind kind) {
        db = TestDatabase.open(kind);
        return new JdbcPartnerRegistry(db.dataSource, db.tables, TransactionContext.none());
    }

    private void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** On H2. */
    @Nested
    class OnH2 extends PartnerRegistryContractTest {
        @Override
        protected PartnerRegistry newRegistry() {
            return open(TestDatabase.Kind.H2);
        }

        @AfterEach
        void dropTables() {
            close();
        }
    }

    /** On Postgres. */
    @Nested
    class OnPostgres extends PartnerRegistryContractTest {
        @Override
        protected PartnerRegistry newRegistry() {
            return open(TestDatabase.Kind.POSTGRESQL);
        }

        @AfterEach
        void dropTables() {
            close();
        }
    }

    /** On MariaDb. */
    @Nested
    class OnMariaDb extends PartnerRegistryContractTest {
        @Override
        protected PartnerRegistry newRegistry() {
            return open(TestDatabase.Kind.MARIADB);
        }

        @AfterEach
        void dropTables() {
            close();
        }
    }
}
