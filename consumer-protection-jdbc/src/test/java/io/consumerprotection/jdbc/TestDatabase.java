package io.consumerprotection.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One migrated database for one test, in tables of their own: H2 in memory (schema {@code cp}, a unique prefix),
 * PostgreSQL on 127.0.0.1:5432 (trust, user {@code postgres}, database {@code test}; a unique schema and the prefix
 * {@code cp_}), MariaDB/MySQL on 127.0.0.1:3306 (user {@code root}, empty password, database {@code test}; a unique
 * prefix). The server tests are skipped, with a message, when no server answers.
 */
final class TestDatabase implements AutoCloseable {

    enum Kind { H2, POSTGRESQL, MARIADB }

    private static final String PG_SERVER = System.getProperty("cp.test.pg.server", "127.0.0.1:5432");
    private static final String MARIADB_SERVER = System.getProperty("cp.test.mariadb.server", "127.0.0.1:3306");

    final Kind kind;
    final DataSource dataSource;
    final TableNames tables;
    private final JdbcConnectionPool h2;

    private TestDatabase(Kind kind, DataSource dataSource, TableNames tables, JdbcConnectionPool h2) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.tables = tables;
        this.h2 = h2;
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /** A migrated database of this kind, or the test skipped when its server does not answer. */
    static TestDatabase open(Kind kind) {
        TestDatabase db = switch (kind) {
            case H2 -> {
                JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:cp" + unique() + ";DB_CLOSE_DELAY=-1",
                        "sa", "");
                yield new TestDatabase(kind, pool, TableNames.of("cp", "t" + unique() + "_"), pool);
            }
            case POSTGRESQL -> {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL("jdbc:postgresql://" + PG_SERVER + "/test");
                pg.setUser("postgres");
                pg.setConnectTimeout(2);
                assumeAnswers(pg, "PostgreSQL", PG_SERVER);
                yield new TestDatabase(kind, pg, TableNames.of("cp_test_" + unique(), "cp_"), null);
            }
            case MARIADB -> {
                MariaDbDataSource maria = new MariaDbDataSource();
                try {
                    maria.setUrl("jdbc:mariadb://" + MARIADB_SERVER + "/test?connectTimeout=2000");
                    maria.setUser("root");
                    maria.setPassword("");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                assumeAnswers(maria, "MariaDB/MySQL", MARIADB_SERVER);
                yield new TestDatabase(kind, maria, TableNames.of("", "t" + unique() + "_"), null);
            }
        };
        JdbcSchema.on(db.dataSource, db.tables).migrate();
        return db;
    }

    private static void assumeAnswers(DataSource ds, String name, String server) {
        boolean answers;
        try (Connection c = ds.getConnection()) {
            answers = c.isValid(2);
        } catch (SQLException e) {
            answers = false;
        }
        Assumptions.assumeTrue(answers, "no " + name + " server on " + server + ": skipped");
    }

    /** The ids of the outbox rows, in order. */
    List<String> outboxIds() {
        return column("SELECT id FROM " + tables.table("notification_outbox") + " ORDER BY seq");
    }

    /** The ids of the stored complaints, in order. */
    List<String> complaintIds() {
        return column("SELECT id FROM " + tables.table("complaint") + " ORDER BY id");
    }

    /** The ids of the audit records, in order. */
    List<String> auditIds() {
        return column("SELECT id FROM " + tables.table("audit_record") + " ORDER BY seq");
    }

    List<String> column(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            switch (kind) {
                case H2 -> s.execute("DROP ALL OBJECTS");
                case POSTGRESQL -> s.execute("DROP SCHEMA IF EXISTS " + tables.schema() + " CASCADE");
                case MARIADB -> {
                    // every table of this test's prefix (the history table has it too)
                    List<String> own = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = DATABASE() AND table_name LIKE '" + tables.prefix() + "%'")) {
                        while (rs.next()) {
                            own.add(rs.getString(1));
                        }
                    }
                    s.execute("SET FOREIGN_KEY_CHECKS = 0");
                    for (String t : own) {
                        s.execute("DROP TABLE IF EXISTS `" + t + "`");
                    }
                    s.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not clean up the test tables", e);
        } finally {
            if (h2 != null) {
                h2.dispose();
            }
        }
    }

    /** A connection straight from the driver, for a second session the test controls. */
    static Connection direct(String url, String user) throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }
}
