package io.consumerprotection.examples.mybatis;

import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.contract.ComplaintStoreContractTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The spi contract of {@link ComplaintStore} for {@link MyBatisComplaintStore} on PostgreSQL (127.0.0.1:5432,
 * trust, user postgres, database test) in a schema of its own; skipped with a message when no server answers.
 */
class MyBatisComplaintStorePostgresTest extends ComplaintStoreContractTest {

    private final String schema = "mb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);
    private PGSimpleDataSource pg;

    @Override
    protected ComplaintStore newStore() {
        pg = new PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://" + System.getProperty("cp.test.pg.server", "127.0.0.1:5432") + "/test");
        pg.setUser("postgres");
        pg.setConnectTimeout(2);
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            pg = null;
            Assumptions.abort("no PostgreSQL server on 127.0.0.1:5432: skipped");
        }
        pg.setCurrentSchema(schema);
        return new MyBatisComplaintStore(MyBatisDatabases.sessions(pg));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (pg != null) {
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
