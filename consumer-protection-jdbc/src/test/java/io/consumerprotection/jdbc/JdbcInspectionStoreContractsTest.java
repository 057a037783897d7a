package io.consumerprotection.jdbc;

import io.consumerprotection.spi.inspection.InspectionStore;
import io.consumerprotection.spi.contract.InspectionStoreContractTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/**
 * The spi contract of {@link InspectionStore} for {@link JdbcInspectionStore} on H2, PostgreSQL and MariaDB, each in tables of
 * their own (a schema and/or a prefix of {@link TableNames}, see {@link TestDatabase}), through the constructor
 * the starter uses ({@link TransactionContext#none()} here: each call commits its own). The server runs are
 * skipped with a message when no server answers.
 */
class JdbcInspectionStoreContractsTest {

    private TestDatabase db;

    private InspectionStore open(TestDatabase.Kind kind) {
        db = TestDatabase.open(kind);
        return new JdbcInspectionStore(db.dataSource, db.tables, TransactionContext.none());
    }

    private void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** On H2. */
    @Nested
    class OnH2 extends InspectionStoreContractTest {
        @Override
        protected InspectionStore newStore() {
            return open(TestDatabase.Kind.H2);
        }

        @AfterEach
        void dropTables() {
            close();
        }
    }

    /** On Postgres. */
    @Nested
    class OnPostgres extends InspectionStoreContractTest {
        @Override
        protected InspectionStore newStore() {
            return open(TestDatabase.Kind.POSTGRESQL);
        }

        @AfterEach
        void dropTables() {
            close();
        }
    }

    /** On MariaDb. */
    @Nested
    class OnMariaDb extends InspectionStoreContractTest {
        @Override
        protected InspectionStore newStore() {
            return open(TestDatabase.Kind.MARIADB);
        }

        @AfterEach
        void dropTables() {
            close();
        }
    }
}
